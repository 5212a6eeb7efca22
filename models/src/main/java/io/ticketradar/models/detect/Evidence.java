package io.ticketradar.models.detect;

/**
 * How a combination's count in the recent window of one test compares with what its context's baseline share
 * predicts.
 *
 * @param test       the index of the test in {@link DetectorSettings#tests()}
 * @param windowDays the recent window's length
 * @param observed   cases of the combination in the window
 * @param exposure   cases of its context in the window (diagnosed ones for a fault)
 * @param expected   exposure times the baseline share (shrunk toward the broader context's share)
 * @param pValue     P(a count this high or higher | no change), from the beta-binomial predictive
 */
record Evidence(int test, int windowDays, int observed, int exposure, double expected, double pValue) {

    double ratio() {
        return expected > 0 ? observed / expected : Double.POSITIVE_INFINITY;
    }

    double excess() {
        return observed - expected;
    }

    /** Compares evidence across tests: the smaller p-value is the stronger evidence. */
    boolean strongerThan(Evidence other) {
        return other == null || pValue < other.pValue;
    }
}
