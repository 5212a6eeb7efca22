package io.ticketradar.pipelines.indicators;

import java.util.Arrays;

/**
 * The running sums of one indicator row (tenant, day or window, region, engineer), kept in keyed state.
 * A mutable Flink POJO: after changing one, put it back into its state.
 */
public final class Tally {

    public Indicator indicator;
    public String region;
    public String engineerId;
    public long numerator;
    public long denominator;
    /** Ascending samples (ms), for percentile measures only. */
    public long[] samples = new long[0];

    public Tally() {}

    Tally(Indicator indicator, Indicator.Slice slice) {
        this.indicator = indicator;
        this.region = slice.region();
        this.engineerId = slice.engineerId();
    }

    /** Adds a contribution ({@code sign} 1), or takes it back out ({@code sign} -1). */
    void apply(Contribution c, int sign) {
        if (indicator.measure().keepsSamples()) {
            if (sign * c.denominator() > 0) {
                insert(c.numerator());
            } else {
                remove(c.numerator());
            }
            denominator = samples.length;
        } else {
            numerator += sign * c.numerator();
            denominator += sign * c.denominator();
        }
    }

    Figures figures() {
        return indicator.measure().figures(numerator, denominator, samples);
    }

    private void insert(long sample) {
        int at = Arrays.binarySearch(samples, sample);
        int index = at >= 0 ? at : -at - 1;
        long[] grown = new long[samples.length + 1];
        System.arraycopy(samples, 0, grown, 0, index);
        grown[index] = sample;
        System.arraycopy(samples, index, grown, index + 1, samples.length - index);
        samples = grown;
    }

    private void remove(long sample) {
        int index = Arrays.binarySearch(samples, sample);
        if (index < 0) {
            throw new IllegalStateException("retracting a sample never added: " + sample + " from " + indicator);
        }
        long[] shrunk = new long[samples.length - 1];
        System.arraycopy(samples, 0, shrunk, 0, index);
        System.arraycopy(samples, index + 1, shrunk, index, shrunk.length - index);
        samples = shrunk;
    }
}
