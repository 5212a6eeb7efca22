package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.Rng;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** When new tickets come in: more on weekdays, mostly in working hours, a lunch dip, a thin night. */
final class ArrivalProcess {
    /** Monday first; they average to 1 so the weekly mean is the configured rate. */
    private static final double[] WEEKDAY = {1.16, 1.10, 1.06, 1.04, 1.00, 0.86, 0.78};

    private static final double[] HOURLY = {
        0.2, 0.1, 0.1, 0.1, 0.1, 0.2, 0.5, 1.5, 5.0, 8.0, 9.0, 8.0,
        4.0, 6.0, 8.0, 8.0, 7.0, 5.0, 3.0, 2.0, 1.5, 1.0, 0.6, 0.3
    };
    private static final Map<Integer, Double> HOURS = new LinkedHashMap<>();

    static {
        for (int h = 0; h < HOURLY.length; h++) {
            HOURS.put(h, HOURLY[h]);
        }
    }

    private ArrivalProcess() {}

    /** How busy the day of the week is against the weekly mean. */
    static double weekday(LocalDate day) {
        return WEEKDAY[day.getDayOfWeek().getValue() - 1];
    }

    /** Creation instants of the day's new tickets, whole seconds, in order; {@code meanPerDay} over a week. */
    static List<Instant> arrivals(LocalDate day, ZoneId zone, double meanPerDay, Rng rng) {
        int count = rng.poisson(meanPerDay * weekday(day));
        Instant midnight = day.atStartOfDay(zone).toInstant();
        List<Instant> times = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int hour = rng.weighted(HOURS);
            times.add(midnight.plusSeconds(hour * 3600L + rng.nextInt(3600)));
        }
        times.sort(null);
        return times;
    }
}
