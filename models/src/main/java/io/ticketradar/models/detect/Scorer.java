package io.ticketradar.models.detect;

import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.stats.BetaBinomialTail;

/**
 * Turns counts into {@link Evidence}: how many of a context's cases in a window have the target, against the target's
 * share of that context over the baseline. The share is a Beta posterior that starts from a prior share worth
 * {@link DetectorSettings#priorExposure()} pseudo-cases, so a context with a long history is judged by its own share
 * and a new one by its broader context's. The p-value is the beta-binomial predictive tail given the context's size
 * in the window: exact for small contexts, and wider than a plain binomial when the share rests on few cases.
 */
final class Scorer {

    private final DetectorSettings settings;

    Scorer(DetectorSettings settings) {
        this.settings = settings;
    }

    /** The exposure pseudo-target a target's share is taken of: diagnosed cases for a fault, all cases otherwise. */
    static int exposureOf(int target, CodeBook book) {
        return book.kind(target) == CodeKind.FAULT ? StoredCase.DIAGNOSED_EXPOSURE : StoredCase.EXPOSURE;
    }

    /**
     * @param observed     cases of the target in the context in the window
     * @param exposure     cases of the context in the window, the target's included
     * @param baseObserved the same two over the baseline
     * @param priorShare   the share the target is expected to hold of a context without history
     */
    Evidence evidence(
            int test,
            int windowDays,
            int observed,
            int exposure,
            int baseObserved,
            int baseExposure,
            double priorShare) {
        double m = settings.priorExposure();
        double a = baseObserved + m * priorShare;
        double b = Math.max(0, baseExposure - baseObserved) + m * (1 - priorShare);
        double expected = exposure * a / (a + b);
        // The tail is only worth its cost for counts large and lopsided enough to be reported at all.
        double p = lopsided(observed, expected)
                ? BetaBinomialTail.atLeast(observed, Math.max(observed, exposure), a, b)
                : 1;
        return new Evidence(test, windowDays, observed, exposure, expected, p);
    }

    /** The target's share of a context over the baseline, as the posterior mean. */
    double share(int baseObserved, int baseExposure, double priorShare) {
        double m = settings.priorExposure();
        return (baseObserved + m * priorShare) / (baseExposure + m);
    }

    /** Large and lopsided enough to be worth reporting, whatever its p-value. */
    boolean notable(Evidence e) {
        return lopsided(e.observed(), e.expected());
    }

    private boolean lopsided(int observed, double expected) {
        return observed >= settings.minSupport()
                && observed >= settings.minRatio() * expected
                && observed - expected >= settings.minExcess();
    }

    /** The target's share of all (or all diagnosed) baseline cases, lightly shrunk so it is never zero. */
    static double shareOfAll(LongIntMap baseline, int target, int exposure) {
        return (baseline.get(StoredCase.key(target, CodeBook.ALL)) + 0.5)
                / (baseline.get(StoredCase.key(exposure, CodeBook.ALL)) + 1.0);
    }

    /** The target's baseline share within a context, shrunk toward {@code fallback} by one pseudo-case. */
    static double shareIn(LongIntMap baseline, int target, int exposure, int context, double fallback) {
        return (baseline.get(StoredCase.key(target, context)) + fallback)
                / (baseline.get(StoredCase.key(exposure, context)) + 1.0);
    }
}
