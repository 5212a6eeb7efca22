package io.ticketradar.pipelines.indicators;

/**
 * How an indicator's numerator and denominator become its value, and in which unit. Tallies are kept in
 * exact integers (counts, milliseconds), so retracting a contribution restores the previous figures exactly.
 */
public enum Measure {
    /** numerator / denominator, both ticket counts. */
    RATIO("ratio", 1, 0),
    /** Mean duration: numerator = the durations summed (in hours), denominator = tickets. */
    MEAN_HOURS("hours", 3_600_000L, 0),
    /** Mean duration: numerator = the durations summed (in days), denominator = tickets. */
    MEAN_DAYS("days", 86_400_000L, 0),
    /** Nearest-rank median of the durations: numerator = the value (days), denominator = tickets. */
    P50_DAYS("days", 86_400_000L, 50),
    /** Nearest-rank 90th percentile of the durations: numerator = the value (days), denominator = tickets. */
    P90_DAYS("days", 86_400_000L, 90),
    /** A count of tickets: numerator = value = the count, denominator = 1. */
    COUNT("tickets", 1, 0);

    private final String unit;
    private final long unitMillis;
    private final int percentile;

    Measure(String unit, long unitMillis, int percentile) {
        this.unit = unit;
        this.unitMillis = unitMillis;
        this.percentile = percentile;
    }

    public String unit() {
        return unit;
    }

    /** Whether tallies keep every sample (a percentile) rather than sums. */
    public boolean keepsSamples() {
        return percentile > 0;
    }

    /**
     * The figures of a tally.
     *
     * @param numerator   sum of the numerators (counts, or milliseconds for durations)
     * @param denominator sum of the denominators
     * @param samples     the samples in ascending order (milliseconds), for percentiles
     */
    public Figures figures(long numerator, long denominator, long[] samples) {
        if (this == COUNT) {
            return new Figures(numerator, 1, (double) numerator);
        }
        if (keepsSamples()) {
            int n = samples.length;
            // Nearest rank: the smallest sample with at least p% of the samples at or below it.
            Double value = n == 0 ? null : samples[(percentile * n + 99) / 100 - 1] / (double) unitMillis;
            return new Figures(value == null ? 0 : value, n, value);
        }
        double scaled = numerator / (double) unitMillis;
        return new Figures(scaled, denominator, denominator == 0 ? null : scaled / denominator);
    }
}
