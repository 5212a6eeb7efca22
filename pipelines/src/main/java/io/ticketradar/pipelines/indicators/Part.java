package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.lifecycle.TicketFact;

/**
 * One ticket's share of an indicator.
 *
 * @param anchor      the instant (epoch ms) that decides the day and the live window: creation, or close
 * @param numerator   1/0 for counts, milliseconds for durations (the sample itself for percentiles)
 * @param denominator 1
 */
public record Part(long anchor, long numerator, long denominator) {

    /** A cohort ticket (counted on its creation day), in the numerator or not. */
    static Part cohort(TicketFact f, boolean inNumerator) {
        return cohort(f, inNumerator ? 1 : 0);
    }

    /** A cohort ticket with an amount (a duration) as its numerator. */
    static Part cohort(TicketFact f, long amount) {
        return new Part(f.createdAt().toEpochMilli(), amount, 1);
    }

    /** A closed ticket counted on its close day with an amount. */
    static Part closed(TicketFact f, long amount) {
        return new Part(f.closedAt().toEpochMilli(), amount, 1);
    }
}
