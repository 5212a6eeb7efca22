package io.ticketradar.models.stats;

/**
 * Upper tail of the beta-binomial distribution, P(X >= k) for X ~ BetaBinomial(n, a, b): the predictive distribution
 * of how many of a context's {@code n} cases have the target when the target's share is only known through a
 * Beta(a, b) posterior. Conditioning on the context's size keeps a burst that swells its own context from
 * inflating its expectation, and the Beta's width makes a share learned from few cases demand more evidence than
 * one learned from many. Summed term by term from k upwards (one log-gamma evaluation, then the pmf recurrence), so
 * tiny tails (1e-15) keep their precision.
 */
public final class BetaBinomialTail {

    private static final double RELATIVE_PRECISION = 1e-15;

    private BetaBinomialTail() {}

    /** P(X >= k) for X ~ BetaBinomial(n, a, b), a > 0, b > 0. */
    public static double atLeast(int k, int n, double a, double b) {
        if (!(a > 0) || !(b > 0) || n < 0) {
            throw new IllegalArgumentException("need n >= 0, a > 0 and b > 0, got n=" + n + ", a=" + a + ", b=" + b);
        }
        if (k <= 0) {
            return 1.0;
        }
        if (k > n) {
            return 0.0;
        }
        double logTerm = logChoose(n, k) + logBeta(k + a, n - k + b) - logBeta(a, b);
        double term = Math.exp(logTerm);
        double sum = 0;
        double mean = n * a / (a + b);
        for (int x = k; x <= n; x++) {
            sum += term;
            if (x > mean && term < sum * RELATIVE_PRECISION) {
                break;
            }
            term *= (double) (n - x) / (x + 1) * (x + a) / (n - x - 1 + b);
        }
        return Math.min(1.0, sum);
    }

    private static double logChoose(int n, int k) {
        return LogGamma.of(n + 1.0) - LogGamma.of(k + 1.0) - LogGamma.of(n - k + 1.0);
    }

    private static double logBeta(double a, double b) {
        return LogGamma.of(a) + LogGamma.of(b) - LogGamma.of(a + b);
    }
}
