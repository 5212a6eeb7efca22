package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Priority;

import java.io.Serializable;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A tenant's service levels: how long a first response may take, how long a ticket may stay in one stage before the
 * stay is a breakpoint, and how long a ticket of each priority may stay unclosed before it is overdue. DOMAIN.md §2
 * and §4 give the {@link #DEFAULT}; a tenant whose own contract differs (a ServiceNow history resolved within days,
 * not hours) is judged by its own, or every one of its tickets reads overdue.
 *
 * <p>The durations are working time of the {@link WorkingCalendar} ({@link WorkingCalendar#ALWAYS}, 24x7, unless the
 * tenant counts in business hours). The fold and the breaker ask the policy for due moments and never add durations
 * themselves: a target is met at its due moment and missed one millisecond of working time after it.
 */
public record SlaPolicy(
        Duration firstResponse, Duration breakpointStay, Map<Priority, Duration> resolution, WorkingCalendar calendar)
        implements Serializable {

    public static final SlaPolicy DEFAULT =
            new SlaPolicy(TicketRules.FIRST_RESPONSE_DEADLINE, TicketRules.BREAKPOINT_STAY, specResolution());

    public SlaPolicy {
        Objects.requireNonNull(calendar, "calendar");
        requireTarget(firstResponse, "first response", calendar);
        requireTarget(breakpointStay, "breakpoint stay", calendar);
        EnumMap<Priority, Duration> every = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            Duration d = Objects.requireNonNull(resolution.get(p), () -> "no resolution target for " + p);
            requireTarget(d, "resolution of " + p, calendar);
            every.put(p, d);
        }
        resolution = Map.copyOf(every);
    }

    /** Counted 24x7. */
    public SlaPolicy(Duration firstResponse, Duration breakpointStay, Map<Priority, Duration> resolution) {
        this(firstResponse, breakpointStay, resolution, WorkingCalendar.ALWAYS);
    }

    /** When a first response to a ticket created then is due: one at or before it is on time. */
    public long firstResponseDue(long createdAt) {
        return calendar.plus(createdAt, firstResponse);
    }

    public boolean isFirstResponseOnTime(long createdAt, long respondedAt) {
        return respondedAt <= firstResponseDue(createdAt);
    }

    /** When a ticket of the priority created then is due to be closed: closed after it, it is overdue. */
    public long resolutionDue(long createdAt, Priority priority) {
        return calendar.plus(createdAt, resolutionOf(priority));
    }

    /** The last moment a stay begun then is not yet a breakpoint; it is one a millisecond of working time later. */
    public long breakpointDue(long stayStart) {
        return calendar.plus(stayStart, breakpointStay);
    }

    /** Whether a stay from {@code stayStart} to {@code asOf} is longer than the breakpoint stay (a breakpoint). */
    public boolean stayedTooLong(long stayStart, long asOf) {
        return asOf > breakpointDue(stayStart);
    }

    /** How long a ticket of the priority may stay unclosed. */
    public Duration resolutionOf(Priority priority) {
        return resolution.get(priority);
    }

    public SlaPolicy withFirstResponse(Duration d) {
        return new SlaPolicy(d, breakpointStay, resolution, calendar);
    }

    public SlaPolicy withBreakpointStay(Duration d) {
        return new SlaPolicy(firstResponse, d, resolution, calendar);
    }

    public SlaPolicy withResolution(Priority priority, Duration d) {
        Map<Priority, Duration> changed = new EnumMap<>(resolution);
        changed.put(priority, d);
        return new SlaPolicy(firstResponse, breakpointStay, changed, calendar);
    }

    /** The same targets counted in the calendar's working time. */
    public SlaPolicy withCalendar(WorkingCalendar c) {
        return new SlaPolicy(firstResponse, breakpointStay, resolution, c);
    }

    private static Map<Priority, Duration> specResolution() {
        Map<Priority, Duration> spec = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            spec.put(p, p.sla());
        }
        return spec;
    }

    private static void requireTarget(Duration d, String what, WorkingCalendar calendar) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, got " + d);
        }
        calendar.requireWithinSearch(d, what);
    }
}
