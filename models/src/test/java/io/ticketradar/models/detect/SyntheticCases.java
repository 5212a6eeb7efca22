package io.ticketradar.models.detect;

import io.ticketradar.models.cases.CaseBuilder;
import io.ticketradar.models.cases.FailureCase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A tenant's everyday failure cases, seeded: a steady mix of faults over regions, models, firmware and temperatures,
 * to which a test adds what it looks for.
 */
final class SyntheticCases {

    static final String[] REGIONS = {"华东", "华南", "华北", "东北"};
    static final String[] FAULTS = {"F-A", "F-B", "F-C", "F-D", "F-E", "F-F", "F-G", "F-H"};
    static final String[] MODELS = {"M-1", "M-2", "M-3"};

    /** Months between the production of one batch and the next. */
    static final int MONTHS_BETWEEN_BATCHES = 5;

    private final Random random;
    private final LocalDate newestBatch;
    private int next;

    SyntheticCases(long seed) {
        this(seed, null);
    }

    /**
     * Cases whose devices were produced with their batch, so each batch's devices are of one age: batch {@code Bk}
     * {@code k} times {@value #MONTHS_BETWEEN_BATCHES} months before {@code newestBatch} (none when null).
     */
    SyntheticCases(long seed, LocalDate newestBatch) {
        this.random = new Random(seed);
        this.newestBatch = newestBatch;
    }

    /** A day of usual cases. */
    List<FailureCase> day(LocalDate day, int count) {
        List<FailureCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String model = MODELS[random.nextInt(MODELS.length)];
            cases.add(of(
                    day,
                    FAULTS[random.nextInt(FAULTS.length)],
                    REGIONS[random.nextInt(REGIONS.length)],
                    model,
                    model + "-fw" + random.nextInt(2),
                    5 + 20 * random.nextDouble()));
        }
        return cases;
    }

    /** One case with the given codes; its symptom is the fault's. */
    FailureCase of(LocalDate day, String fault, String region, String model, String firmware, Double tempC) {
        String id = "C" + (++next);
        int batch = next % 7;
        return CaseBuilder.ticket("t1", id, day)
                .fault(fault)
                .domain("HV")
                .model(model)
                .batch("B" + batch)
                .produced(newestBatch == null ? null : newestBatch.minusMonths((long) MONTHS_BETWEEN_BATCHES * batch))
                .firmware(firmware)
                .region(region)
                .site("S-" + region)
                .temperature(tempC)
                .build();
    }
}
