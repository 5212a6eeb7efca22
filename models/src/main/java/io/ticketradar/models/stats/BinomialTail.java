package io.ticketradar.models.stats;

/** Upper tail of the binomial distribution, P(X >= k) for X ~ Binomial(n, p), summed from k upwards. */
public final class BinomialTail {

    private static final double RELATIVE_PRECISION = 1e-15;

    private BinomialTail() {}

    public static double atLeast(int k, int n, double p) {
        if (n < 0 || !(p >= 0) || p > 1) {
            throw new IllegalArgumentException("need n >= 0 and 0 <= p <= 1, got n=" + n + ", p=" + p);
        }
        if (k <= 0) {
            return 1.0;
        }
        if (k > n || p == 0) {
            return 0.0;
        }
        if (p == 1) {
            return 1.0;
        }
        double term = Math.exp(LogGamma.of(n + 1.0)
                - LogGamma.of(k + 1.0)
                - LogGamma.of(n - k + 1.0)
                + k * Math.log(p)
                + (n - k) * Math.log1p(-p));
        double sum = 0;
        double odds = p / (1 - p);
        for (int x = k; x <= n; x++) {
            sum += term;
            if (x > n * p && term < sum * RELATIVE_PRECISION) {
                break;
            }
            term *= (double) (n - x) / (x + 1) * odds;
        }
        return Math.min(1.0, sum);
    }
}
