package io.ticketradar.pipelines.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * What the duplicate rule needs to know of one ticket, as of its newest relevant event. Every state change is kept as
 * the event time it happened at, so a pair is judged as of its own moment, whatever order a replay delivers the
 * tickets' events in.
 *
 * @param createdAt  epoch milliseconds of TICKET_CREATED
 * @param customerId null when unknown, like the phone and the device
 * @param symptoms   symptom codes (an ArrayList: Flink copies it with Kryo, which cannot build immutable lists)
 * @param faultCode  null until known, at creation or by FAULT_DIAGNOSED
 * @param faultAt    when the fault code became known
 * @param closedAt   when it was resolved or closed; {@link #NEVER} while open (a reopening opens it again)
 * @param mergedAt   when it was merged into {@code mergedInto}; {@link #NEVER} unless merged
 */
public record TicketSnapshot(
        String tenantId,
        String ticketId,
        long createdAt,
        String customerId,
        String customerPhone,
        String deviceSn,
        List<String> symptoms,
        String faultCode,
        long faultAt,
        long closedAt,
        long mergedAt,
        String mergedInto) {

    public static final long NEVER = Long.MAX_VALUE;

    public TicketSnapshot {
        symptoms = new ArrayList<>(symptoms);
    }

    TicketSnapshot withFaultCode(String code, long at) {
        return withLifecycle(code, at, closedAt, mergedAt, mergedInto);
    }

    TicketSnapshot closedAt(long at) {
        return withLifecycle(faultCode, faultAt, at, mergedAt, mergedInto);
    }

    TicketSnapshot mergedAt(long at, String into) {
        return withLifecycle(faultCode, faultAt, closedAt, at, into);
    }

    /** The same ticket with what later events change; who and what it was about is fixed at creation. */
    private TicketSnapshot withLifecycle(
            String newFaultCode, long newFaultAt, long newClosedAt, long newMergedAt, String newMergedInto) {
        return new TicketSnapshot(
                tenantId,
                ticketId,
                createdAt,
                customerId,
                customerPhone,
                deviceSn,
                symptoms,
                newFaultCode,
                newFaultAt,
                newClosedAt,
                newMergedAt,
                newMergedInto);
    }

    /** Resolved, closed or merged at some time: what the groups need to hear besides the pairs. */
    boolean ended() {
        return closedAt != NEVER || mergedAt != NEVER;
    }

    /** Created, and neither resolved, closed nor merged at {@code at}. */
    boolean openAt(long at) {
        return createdAt <= at && at < closedAt && at < mergedAt;
    }

    /**
     * Matched and linked into groups at {@code at}: open, or merged (its group lives on in the ticket it was merged
     * into); never once resolved or closed.
     */
    boolean linkableAt(long at) {
        return createdAt <= at && at < closedAt;
    }
}
