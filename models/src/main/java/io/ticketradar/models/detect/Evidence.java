package io.ticketradar.models.detect;

/**
 * How a combination's count in one recent window compares with what its context's baseline share predicts.
 *
 * @param windowDays the recent window's length
 * @param observed   cases of the combination in the window
 * @param exposure   cases of its context in the window (diagnosed ones for a fault)
 * @param expected   exposure times the baseline share (shrunk toward the broader context's share)
 * @param pValue     P(a count this high or higher | no change), from the negative binomial predictive
 */
record Evidence(int windowDays, int observed, double exposure, double expected, double pValue) {

    double ratio() {
        return expected > 0 ? observed / expected : Double.POSITIVE_INFINITY;
    }

    double excess() {
        return observed - expected;
    }

    /** Compares evidence across windows: the smaller p-value is the stronger evidence. */
    boolean strongerThan(Evidence other) {
        return other == null || pValue < other.pValue;
    }
}
