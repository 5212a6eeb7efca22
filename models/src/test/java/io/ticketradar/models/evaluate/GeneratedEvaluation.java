package io.ticketradar.models.evaluate;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.GroundTruthRecorder;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.offline.OfflineDetection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * One generated scenario through the offline detector, scored against its ground truth: what
 * {@code ./ticketradar generate} then {@code evaluate-patterns} do, in memory (one tenant, 120 tickets a day, the
 * scenario's own start and length, the detector's default settings, evaluated at each day's end).
 */
final class GeneratedEvaluation {

    /** For scenarios without a season of their own: a northern winter. */
    private static final LocalDate DEFAULT_START = LocalDate.of(2025, 11, 1);

    private static final int DEFAULT_DAYS = 120;

    private GeneratedEvaluation() {}

    static PatternEvaluation.Scorecard run(String scenarioName, long seed) throws IOException {
        Scenario scenario = Scenarios.load(scenarioName);
        LocalDate start = scenario.startDate() != null ? scenario.startDate() : DEFAULT_START;
        int days = scenario.days() != null ? scenario.days() : DEFAULT_DAYS;
        GeneratorSettings settings = GeneratorSettings.of(1, start, days, 120, seed, scenario);
        DataGenerator generator = new DataGenerator(settings);
        GroundTruthRecorder truth = new GroundTruthRecorder(generator);
        DetectorSettings detector = DetectorSettings.defaults();
        OfflineDetection detection = new OfflineDetection(
                detector, Duration.ofDays(1), Duration.ofMinutes(10), t -> ZoneId.of("Asia/Shanghai"));
        EventCodec codec = new EventCodec();
        List<Event> events = new ArrayList<>();
        Iterator<GeneratedRecord> records = generator.records(truth);
        while (records.hasNext()) {
            if (codec.decode(records.next().value()) instanceof Decoded.Valid valid) {
                events.add(valid.event());
            }
        }
        detection.acceptAll(events.iterator());
        detection.finish();
        Path file = Files.createTempFile("ground-truth", ".json");
        try {
            truth.write(file);
            GroundTruth read = GroundTruth.read(file);
            String tenant = settings.tenantIds().getFirst();
            int warmUp = detector.minBaselineDays() + 7;
            PatternEvaluation.Scorecard card = PatternEvaluation.score(
                    tenant, read.tenants().get(tenant), detection.states(tenant), days - warmUp);
            System.out.print(PatternEvaluation.table(card));
            return card;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
