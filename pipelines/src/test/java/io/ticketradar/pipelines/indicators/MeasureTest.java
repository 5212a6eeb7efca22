package io.ticketradar.pipelines.indicators;

import org.junit.jupiter.api.Test;

import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class MeasureTest {

    private static final long DAY = 86_400_000L;

    private static long[] days(long... d) {
        return LongStream.of(d).map(x -> x * DAY).toArray();
    }

    @Test
    void percentilesAreNearestRank() {
        assertEquals(2.0, Measure.P50_DAYS.figures(0, 0, days(1, 2, 3, 4)).value(), "lower median of an even count");
        assertEquals(3.0, Measure.P50_DAYS.figures(0, 0, days(1, 2, 3, 4, 5)).value());
        assertEquals(
                9.0,
                Measure.P90_DAYS
                        .figures(0, 0, days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10))
                        .value());
        assertEquals(
                10.0,
                Measure.P90_DAYS
                        .figures(0, 0, days(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11))
                        .value());
        assertEquals(7.0, Measure.P90_DAYS.figures(0, 0, days(7)).value());
        assertEquals(new Figures(0, 0, null), Measure.P90_DAYS.figures(0, 0, days()));
        assertEquals(4, Measure.P50_DAYS.figures(0, 0, days(1, 2, 3, 4)).denominator(), "denominator: the samples");
    }

    @Test
    void ratiosMeansAndCounts() {
        assertEquals(new Figures(19, 20, 0.95), Measure.RATIO.figures(19, 20, null));
        assertEquals(new Figures(3.0, 2, 1.5), Measure.MEAN_HOURS.figures(3 * 3_600_000L, 2, null));
        assertEquals(new Figures(7, 1, 7.0), Measure.COUNT.figures(7, 1, null));
        assertNull(Measure.RATIO.figures(0, 0, null).value(), "nothing to divide by");
    }

    @Test
    void healthyThresholdsAreInclusive() {
        assertEquals(Boolean.TRUE, Indicator.FIRST_RESPONSE_COMPLIANCE.healthy().met(0.95));
        assertEquals(
                Boolean.FALSE, Indicator.FIRST_RESPONSE_COMPLIANCE.healthy().met(0.9499));
        assertEquals(Boolean.TRUE, Indicator.BREAKPOINT_RATE.healthy().met(0.05));
        assertEquals(Boolean.FALSE, Indicator.BREAKPOINT_RATE.healthy().met(0.0501));
        assertNull(Indicator.BOUNCE_RATE.healthy().met(0.5), "no threshold in the spec");
        assertNull(Indicator.BREAKPOINT_RATE.healthy().met(null));
    }
}
