package io.ticketradar.datasets.generate;

/** The standard normal distribution, enough of it to turn target shares into log-normal parameters. */
final class Normal {
    private Normal() {}

    /** P(Z <= z); erf by Abramowitz and Stegun 7.1.26 (error below 1.5e-7). */
    static double cdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1 / (1 + 0.3275911 * x);
        double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))));
        double erf = 1 - poly * Math.exp(-x * x);
        return z >= 0 ? (1 + erf) / 2 : (1 - erf) / 2;
    }

    /** z with P(Z <= z) = p, by bisection: called a handful of times per run. */
    static double quantile(double p) {
        if (p <= 0 || p >= 1) {
            throw new IllegalArgumentException("a probability strictly between 0 and 1 is needed, got " + p);
        }
        double lo = -10;
        double hi = 10;
        for (int i = 0; i < 100; i++) {
            double mid = (lo + hi) / 2;
            if (cdf(mid) < p) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /** E[min(X, cap)] for X log-normal with log-mean mu and shape sigma. */
    static double cappedLogNormalMean(double mu, double sigma, double cap) {
        double logCap = Math.log(cap);
        return Math.exp(mu + sigma * sigma / 2) * cdf((logCap - mu - sigma * sigma) / sigma)
                + cap * (1 - cdf((logCap - mu) / sigma));
    }
}
