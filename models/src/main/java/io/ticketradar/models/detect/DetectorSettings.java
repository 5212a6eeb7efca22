package io.ticketradar.models.detect;

import java.io.Serializable;
import java.util.List;

/**
 * How the emergence detector weighs evidence (DOMAIN.md §8). The defaults are documented in docs/patterns.md with
 * the scenarios they were measured on.
 *
 * @param recentWindows   lengths in days of the recent windows tested, each ending on the evaluation day
 * @param guardDays       days between the baseline and the evaluation day: the baseline ends before the longest
 *                        recent window begins, so a pattern ramping up never raises its own baseline
 * @param baselineDays    length of the baseline in days
 * @param priorExposure   pseudo-cases of the broader context's share added to a context's own baseline: a context
 *                        with little history is expected to behave like its broader one
 * @param minSupport      fewest cases of a combination in a window before it may be reported
 * @param minRatio        observed over expected at least this (the alternative the test is tuned for is a doubling)
 * @param minExcess       observed minus expected at least this many cases
 * @param alpha           family-wise false-alarm probability per evaluation day and tenant, split evenly between
 *                        single targets, target-context pairs and narrowed combinations, each share Bonferroni
 *                        corrected by the number of combinations that could be significant
 * @param explainShare    a narrower combination replaces a broader one when it holds at least this share of its excess
 * @param maxContexts     most context codes in a reported combination
 */
public record DetectorSettings(
        List<Integer> recentWindows,
        int guardDays,
        int baselineDays,
        double priorExposure,
        int minSupport,
        double minRatio,
        double minExcess,
        double alpha,
        double explainShare,
        int maxContexts)
        implements Serializable {

    public DetectorSettings {
        recentWindows = List.copyOf(recentWindows);
        if (recentWindows.isEmpty() || recentWindows.stream().anyMatch(w -> w < 1 || w > guardDays)) {
            throw new IllegalArgumentException("recent windows must be 1.." + guardDays + " days: " + recentWindows);
        }
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(List.of(1, 3, 7), 7, 42, 20, 5, 2.0, 3, 0.01, 0.85, 3);
    }

    /** Days of history the detector keeps: the baseline, the guard and a margin for late corrections. */
    int historyDays() {
        return baselineDays + guardDays + 14;
    }
}
