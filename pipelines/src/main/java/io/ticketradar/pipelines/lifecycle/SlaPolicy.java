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
 */
public record SlaPolicy(Duration firstResponse, Duration breakpointStay, Map<Priority, Duration> resolution)
        implements Serializable {

    public static final SlaPolicy DEFAULT =
            new SlaPolicy(TicketRules.FIRST_RESPONSE_DEADLINE, TicketRules.BREAKPOINT_STAY, specResolution());

    public SlaPolicy {
        requirePositive(firstResponse, "first response");
        requirePositive(breakpointStay, "breakpoint stay");
        EnumMap<Priority, Duration> every = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            Duration d = Objects.requireNonNull(resolution.get(p), () -> "no resolution target for " + p);
            requirePositive(d, "resolution of " + p);
            every.put(p, d);
        }
        resolution = Map.copyOf(every);
    }

    /** How long a ticket of the priority may stay unclosed. */
    public Duration resolutionOf(Priority priority) {
        return resolution.get(priority);
    }

    public SlaPolicy withFirstResponse(Duration d) {
        return new SlaPolicy(d, breakpointStay, resolution);
    }

    public SlaPolicy withBreakpointStay(Duration d) {
        return new SlaPolicy(firstResponse, d, resolution);
    }

    public SlaPolicy withResolution(Priority priority, Duration d) {
        Map<Priority, Duration> changed = new EnumMap<>(resolution);
        changed.put(priority, d);
        return new SlaPolicy(firstResponse, breakpointStay, changed);
    }

    private static Map<Priority, Duration> specResolution() {
        Map<Priority, Duration> spec = new EnumMap<>(Priority.class);
        for (Priority p : Priority.values()) {
            spec.put(p, p.sla());
        }
        return spec;
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + " must be a positive duration, got " + d);
        }
    }
}
