package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.lifecycle.TicketFact;

/**
 * What a heatmap cell shows (DOMAIN.md §5), or a change to it: tickets, those overdue (the bubble size) and
 * those with a breakpoint. Negative in a change that takes a ticket's old share back.
 */
public record Counts(int tickets, int overdue, int breakpoints) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    /** One ticket's share, with its flags as its fact states them. */
    public static Counts of(TicketFact fact) {
        return new Counts(1, fact.overdue() ? 1 : 0, fact.breakpoint() ? 1 : 0);
    }

    public Counts plus(Counts other) {
        return new Counts(tickets + other.tickets, overdue + other.overdue, breakpoints + other.breakpoints);
    }

    public Counts minus(Counts other) {
        return new Counts(tickets - other.tickets, overdue - other.overdue, breakpoints - other.breakpoints);
    }

    public boolean isZero() {
        return equals(ZERO);
    }
}
