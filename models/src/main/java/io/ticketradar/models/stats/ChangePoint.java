package io.ticketradar.models.stats;

/**
 * Where a step up in a daily count began: the start s that maximises the Poisson log-likelihood ratio of "from s on
 * the counts run at rate (sum of observed / sum of expected) times their expectation" against "as expected". Gives
 * a pattern's onset estimate, which may lie before the day it was detected.
 */
public final class ChangePoint {

    private ChangePoint() {}

    /** The index of the most likely start of an excess, or -1 when no suffix of the series runs above expectation. */
    public static int start(int[] observed, double[] expected) {
        if (observed.length != expected.length) {
            throw new IllegalArgumentException("observed and expected differ in length");
        }
        double o = 0;
        double e = 0;
        double best = 0;
        int start = -1;
        for (int s = observed.length - 1; s >= 0; s--) {
            o += observed[s];
            e += expected[s];
            if (o > e && e > 0) {
                double llr = o * Math.log(o / e) - (o - e);
                if (llr > best) {
                    best = llr;
                    start = s;
                }
            }
        }
        return start;
    }
}
