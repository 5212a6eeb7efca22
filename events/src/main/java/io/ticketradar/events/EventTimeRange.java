package io.ticketradar.events;

import java.time.Duration;
import java.time.Instant;

/**
 * The event times a record may carry. One record dated 2099 (a typo, seconds read as milliseconds) would carry event
 * time, and with it every window, timer and day of a tenant, decades ahead, and make every later event late; one
 * dated 1970 (a zero or default date) is no service event either. Generous on purpose: a history of many years and a
 * data set dated months ahead of this machine's clock (a planned scenario) both pass.
 */
public final class EventTimeRange {

    /** Before this, a date is a default or a zero, not a service event. */
    public static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

    /** Further than this after the clock, a date is a typo or a wrong unit. */
    public static final Duration AHEAD = Duration.ofDays(366);

    private EventTimeRange() {}

    /** Null when the event time is plausible at {@code now}; otherwise why not, in words. */
    public static String problem(Instant ts, Instant now) {
        if (ts.isBefore(EARLIEST)) {
            return ts + " is before " + EARLIEST + ": a default or zero date, not an event's time";
        }
        if (ts.isAfter(now.plus(AHEAD))) {
            return ts + " is more than " + AHEAD.toDays() + " days after the clock (" + now
                    + "): a typo or a wrong unit, not an event's time";
        }
        return null;
    }
}
