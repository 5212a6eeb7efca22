package io.ticketradar.pipelines.duplicates;

import java.util.ArrayList;
import java.util.List;

/**
 * What the duplicate rule needs to know of one ticket, as of its newest relevant event.
 *
 * @param createdAt       epoch milliseconds of TICKET_CREATED
 * @param customerId      null when unknown, like the phone and the device
 * @param symptoms        symptom codes (an ArrayList: Flink copies it with Kryo, which cannot build immutable lists)
 * @param faultCode       null until known, at creation or by FAULT_DIAGNOSED
 * @param mergedInto      the ticket it was merged into; null unless MERGED
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
        TicketStatus status,
        String mergedInto) {

    public TicketSnapshot {
        symptoms = new ArrayList<>(symptoms);
    }

    TicketSnapshot withFaultCode(String code) {
        return new TicketSnapshot(
                tenantId, ticketId, createdAt, customerId, customerPhone, deviceSn, symptoms, code, status, mergedInto);
    }

    TicketSnapshot withStatus(TicketStatus newStatus, String into) {
        return new TicketSnapshot(
                tenantId,
                ticketId,
                createdAt,
                customerId,
                customerPhone,
                deviceSn,
                symptoms,
                faultCode,
                newStatus,
                into);
    }

    /** Matched and linked into groups: open, or merged (its group lives on in the ticket it was merged into). */
    boolean linkable() {
        return status != TicketStatus.ENDED;
    }
}
