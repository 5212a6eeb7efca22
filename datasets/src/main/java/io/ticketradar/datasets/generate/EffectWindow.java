package io.ticketradar.datasets.generate;

import java.time.Duration;
import java.time.Instant;

/**
 * When a decoy acts: from onset its effect eases in until {@code fullFrom}, holds, and eases out from
 * {@code fullUntil} to {@code until} (both null for an effect that lasts).
 */
public record EffectWindow(Instant onset, Instant fullFrom, Instant fullUntil, Instant until) {

    /** A window easing in and out over {@code rampDays}; a window too short for two ramps peaks at its middle. */
    static EffectWindow of(Instant onset, Instant until, double rampDays) {
        Duration ramp = Duration.ofSeconds(Math.round(rampDays * 86_400));
        if (until == null) {
            return new EffectWindow(onset, onset.plus(ramp), null, null);
        }
        if (!until.isAfter(onset)) {
            throw new IllegalArgumentException("a decoy ends (" + until + ") before it starts (" + onset + ")");
        }
        Instant middle = onset.plus(Duration.between(onset, until).dividedBy(2));
        Instant fullFrom = onset.plus(ramp).isAfter(middle) ? middle : onset.plus(ramp);
        Instant fullUntil = until.minus(ramp).isBefore(middle) ? middle : until.minus(ramp);
        return new EffectWindow(onset, fullFrom, fullUntil, until);
    }

    /** How much of the effect holds at {@code t}: 0 outside, 1 in full, linear on the ramps. */
    public double level(Instant t) {
        if (t.isBefore(onset) || (until != null && !t.isBefore(until))) {
            return 0;
        }
        double level = 1;
        if (t.isBefore(fullFrom)) {
            level = ratio(Duration.between(onset, t), Duration.between(onset, fullFrom));
        }
        if (fullUntil != null && t.isAfter(fullUntil)) {
            level = Math.min(level, ratio(Duration.between(t, until), Duration.between(fullUntil, until)));
        }
        return level;
    }

    /** Whether the effect is in full at {@code t}. */
    public boolean full(Instant t) {
        return !t.isBefore(fullFrom) && (fullUntil == null || !t.isAfter(fullUntil));
    }

    /** Whether the window and [from, to) share an instant; {@code to} null for no end. */
    boolean overlaps(Instant from, Instant to) {
        return (until == null || until.isAfter(from)) && (to == null || onset.isBefore(to));
    }

    private static double ratio(Duration part, Duration whole) {
        return whole.isZero() ? 1 : (double) part.toMillis() / whole.toMillis();
    }
}
