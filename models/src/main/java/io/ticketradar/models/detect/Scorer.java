package io.ticketradar.models.detect;

import io.ticketradar.models.cases.CodeKind;
import io.ticketradar.models.stats.NegativeBinomialTail;

/**
 * Turns counts into {@link Evidence}. The expected count is the context's exposure in the window times the
 * target's share of that context in the baseline; the share is a Gamma posterior that starts from a prior share
 * worth {@link DetectorSettings#priorExposure()} pseudo-cases, so a context with a long history is judged by its own
 * share and a new one by its broader context's. The p-value is the negative binomial predictive tail, which is wider
 * than Poisson when the share rests on few cases.
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

    Evidence evidence(
            int windowDays,
            int observed,
            double exposure,
            double baseObserved,
            double baseExposure,
            double priorShare) {
        double m = settings.priorExposure();
        double shape = baseObserved + m * priorShare;
        double rate = baseExposure + m;
        double expected = exposure * shape / rate;
        double p = observed == 0 || exposure == 0
                ? 1.0
                : NegativeBinomialTail.countAtLeast(observed, exposure, shape, rate);
        return new Evidence(windowDays, observed, exposure, expected, p);
    }

    /** Large and lopsided enough to be worth reporting, whatever its p-value. */
    boolean notable(Evidence e) {
        return e.observed() >= settings.minSupport()
                && e.observed() >= settings.minRatio() * e.expected()
                && e.excess() >= settings.minExcess();
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
