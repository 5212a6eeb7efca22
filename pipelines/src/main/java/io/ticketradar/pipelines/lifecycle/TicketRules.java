package io.ticketradar.pipelines.lifecycle;

import java.time.Duration;

/**
 * The fixed numbers of DOMAIN.md §2 and §4 that decide a ticket's flags. The flags themselves are
 * documented on {@link TicketFact}; what each indicator counts is on
 * {@link io.ticketradar.pipelines.indicators.Indicator}.
 */
public final class TicketRules {

    /** A first response counts as on time when it comes at most this long after creation (inclusive). */
    public static final Duration FIRST_RESPONSE_DEADLINE = Duration.ofHours(2);
    /** A stay in one stage longer than this (strictly) is a breakpoint (协同断点). */
    public static final Duration BREAKPOINT_STAY = Duration.ofHours(4);
    /** A ticket held by at least this many different teams within one stage bounced (反复转派). */
    public static final int BOUNCE_TEAMS = 3;
    /**
     * A reopen at most this long after the latest resolution or close counts as a reopen, and against a first-time
     * fix.
     */
    public static final Duration REOPEN_WINDOW = Duration.ofDays(30);
    /** A first-time fix is resolved with exactly this many field visits. */
    public static final int FIRST_TIME_FIX_VISITS = 1;
    /** A ticket recurs when its device had a ticket of the same fault at most this long before (inclusive). */
    public static final Duration RECURRENCE_WINDOW = Duration.ofDays(30);

    private TicketRules() {}
}
