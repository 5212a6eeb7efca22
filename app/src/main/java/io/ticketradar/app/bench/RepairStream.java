package io.ticketradar.app.bench;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.RepairOutcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;

/**
 * A year of repair records without tickets, for the pattern-mining benchmark: every repair is a case of its own, over
 * 8 regions' devices of 6 models and 40 faults, with two bursts (a fault of one model in one region from day 200, one
 * at low temperatures from day 280). The same seed gives the same stream, so two passes see the same records.
 */
final class RepairStream implements Iterator<Event> {

    private static final String[] REGIONS = {"华东", "华南", "华北", "华中", "西南", "西北", "东北", "华东"};
    private static final LocalDate START = LocalDate.of(2025, 1, 1);
    private static final int DAYS = 365;

    private final EventCodec codec = new EventCodec();
    private final Random random;
    private final long total;
    private long made;

    RepairStream(long total, long seed) {
        this.total = total;
        this.random = new Random(seed);
    }

    @Override
    public boolean hasNext() {
        return made < total;
    }

    @Override
    public Event next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        long n = made++;
        int day = (int) (n * DAYS / total);
        int model = random.nextInt(6);
        int fault = model * 6 + random.nextInt(7);
        String region = REGIONS[random.nextInt(REGIONS.length)];
        double temp = 15 + 12 * random.nextGaussian();
        if (day >= 200 && random.nextDouble() < 0.01) {
            model = 2;
            fault = 99;
            region = "华南";
        } else if (day >= 280 && temp < -10 && random.nextDouble() < 0.3) {
            fault = 98;
        }
        String device = "D" + model + String.format("%07d", random.nextInt(2_000_000));
        OffsetDateTime at = START.plusDays(day)
                .atTime(8 + random.nextInt(10), random.nextInt(60))
                .atOffset(ZoneOffset.ofHours(8));
        EventBody.RepairRecorded body = new EventBody.RepairRecorded(
                "R" + n,
                device,
                "E" + random.nextInt(300),
                "F-" + fault,
                "cause-" + fault,
                List.of("P-" + fault),
                "M" + model + "-fw" + random.nextInt(3),
                Math.round(temp * 10) / 10.0,
                30 + random.nextInt(120),
                RepairOutcome.FIXED,
                List.of("photo-" + fault, region));
        return codec.newEvent("ev" + n, "bench", null, at, body);
    }
}
