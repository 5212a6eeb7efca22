package io.ticketradar.models.stats;

import smile.math.special.Gamma;

/**
 * Upper tail of the negative binomial distribution (failures before the r-th success, success probability p):
 * P(X >= k). It is the predictive distribution of a Poisson count whose rate is only known through a Gamma
 * posterior (shape r, rate b), seen over an exposure N: X ~ NB(r, b / (b + N)). So a count tested against a share
 * estimated from little history gets the heavier tail it deserves, and one against a long history the Poisson tail.
 * Summed term by term in log space from k upwards, so tiny tails (1e-12) keep their precision.
 */
public final class NegativeBinomialTail {

    private static final int MAX_TERMS = 100_000;
    private static final double RELATIVE_PRECISION = 1e-15;

    private NegativeBinomialTail() {}

    /** P(X >= k) for X ~ NB(r, p), r > 0, 0 < p <= 1. */
    public static double atLeast(int k, double r, double p) {
        if (!(r > 0) || !(p > 0) || p > 1) {
            throw new IllegalArgumentException("need r > 0 and 0 < p <= 1, got r=" + r + ", p=" + p);
        }
        if (k <= 0) {
            return 1.0;
        }
        if (p == 1.0) {
            return 0.0;
        }
        double logQ = Math.log1p(-p);
        double logTerm = Gamma.lgamma(k + r) - Gamma.lgamma(k + 1.0) - Gamma.lgamma(r) + r * Math.log(p) + k * logQ;
        double term = Math.exp(logTerm);
        double sum = 0;
        double q = 1 - p;
        for (int i = k; i < k + MAX_TERMS; i++) {
            sum += term;
            double ratio = (i + r) / (i + 1.0) * q;
            term *= ratio;
            if (ratio < 1 && term < sum * RELATIVE_PRECISION) {
                break;
            }
        }
        return Math.min(1.0, sum);
    }

    /**
     * P(X >= observed) for a count over exposure {@code n} whose share of its exposure is known through a Gamma
     * posterior with shape {@code shape} (pseudo-)events over {@code rateExposure} (pseudo-)exposure.
     */
    public static double countAtLeast(int observed, double n, double shape, double rateExposure) {
        return atLeast(observed, shape, rateExposure / (rateExposure + n));
    }
}
