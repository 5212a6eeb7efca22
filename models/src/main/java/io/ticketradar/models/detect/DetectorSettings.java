package io.ticketradar.models.detect;

import java.io.Serializable;
import java.util.List;

/**
 * How the emergence detector weighs evidence (DOMAIN.md §8). The defaults and the scenarios they were measured on are
 * in docs/patterns.md.
 *
 * @param tests            the recent windows tested, each against a baseline of {@code baselineDays} ending
 *                         {@code guardDays} before the evaluation day, so that a pattern ramping up does not raise its
 *                         own baseline: short windows against a recent baseline find sudden bursts, long ones against
 *                         an older baseline find slow ramps
 * @param baselineDays     length of every baseline in days
 * @param minBaselineDays  days of history a baseline needs before its tests run (a new tenant is quiet at first)
 * @param priorExposure    pseudo-cases of the broader context's share added to a context's own baseline: a context
 *                         with little history is expected to behave like its broader one
 * @param minSupport       fewest cases of a combination in a window before it may be reported
 * @param minRatio         observed over expected at least this
 * @param minExcess        observed minus expected at least this many cases
 * @param alpha            family-wise false-alarm probability per evaluation and tenant, split evenly between single
 *                         targets and target-context pairs, each half Bonferroni corrected by the number of tests and of
 *                         combinations that have enough cases to be significant at all
 * @param explainShare     a narrower combination replaces a broader one when it holds at least this share of its
 *                         excess (of the cases that tell the narrowing code's kind)
 * @param maxContexts      most context codes in a reported combination
 */
public record DetectorSettings(
        List<Test> tests,
        int baselineDays,
        int minBaselineDays,
        double priorExposure,
        int minSupport,
        double minRatio,
        double minExcess,
        double alpha,
        double explainShare,
        int maxContexts)
        implements Serializable {

    /** A recent window of {@code windowDays} ending on the evaluation day, against the baseline {@code guardDays} back. */
    public record Test(int windowDays, int guardDays) implements Serializable {
        public Test {
            if (windowDays < 1 || guardDays < windowDays) {
                throw new IllegalArgumentException("a window of " + windowDays + " days needs a guard of at least as"
                        + " many days, got " + guardDays);
            }
        }
    }

    public DetectorSettings {
        tests = List.copyOf(tests);
        if (tests.isEmpty()) {
            throw new IllegalArgumentException("the detector needs at least one test");
        }
    }

    public static DetectorSettings defaults() {
        return new DetectorSettings(
                List.of(new Test(1, 7), new Test(3, 7), new Test(7, 7), new Test(14, 28), new Test(28, 28)),
                42,
                21,
                20,
                5,
                1.5,
                3,
                0.01,
                0.85,
                3);
    }

    /** Days of history the detector keeps: the oldest baseline and a margin for late corrections. */
    public int historyDays() {
        return tests.stream().mapToInt(Test::guardDays).max().orElseThrow() + baselineDays + 14;
    }
}
