package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.world.Device;

import java.time.Instant;
import java.util.List;

/**
 * What starts a ticket: a new issue at an instant, or a follow-up of an earlier ticket (the customer
 * filing the same fault again within days, or the fault coming back on the same device).
 *
 * @param device    the device that failed (a new issue's is drawn where it arrives)
 * @param faultCode null for a new issue
 * @param pattern   the pattern of the earlier ticket: a follow-up of a pattern ticket is one too
 * @param order     tie-breaker among seeds of the same instant, for a stable order
 */
record TicketSeed(
        Instant createdAt,
        Kind kind,
        Device device,
        String faultCode,
        List<String> symptoms,
        String relatedTicketId,
        ActivePattern pattern,
        long order) {

    enum Kind {
        NEW,
        DUPLICATE,
        RECURRENCE;

        String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    static TicketSeed fresh(Instant createdAt, Device device, long order) {
        return new TicketSeed(createdAt, Kind.NEW, device, null, List.of(), null, null, order);
    }
}
