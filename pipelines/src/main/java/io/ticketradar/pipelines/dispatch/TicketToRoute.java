package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventType;
import io.ticketradar.events.TechnicalDomain;

import java.util.Objects;

/**
 * What dispatch knows of a ticket when it routes it: the TICKET_CREATED facts, with the fault as diagnosed so far.
 *
 * @param faultCode null until known
 * @param diagnosedDomain the domain a FAULT_DIAGNOSED named, null before one
 * @param trigger the id of the event that asks for this routing (decisions are keyed by it, so replays are idempotent)
 * @param triggerType TICKET_CREATED or FAULT_DIAGNOSED
 * @param at event time of the trigger, epoch milliseconds
 */
public record TicketToRoute(
        String tenantId,
        String ticketId,
        String deviceSn,
        String productModel,
        String region,
        String siteId,
        String customerId,
        String faultCode,
        TechnicalDomain diagnosedDomain,
        String trigger,
        String triggerType,
        long at) {

    /** A new ticket as TICKET_CREATED describes it. */
    public static TicketToRoute created(Event event, EventBody.TicketCreated c) {
        return new TicketToRoute(
                event.tenantId(),
                event.ticketId(),
                c.deviceSn(),
                c.productModel(),
                c.region(),
                c.siteId(),
                c.customerId(),
                c.faultCode(),
                null,
                event.eventId(),
                EventType.TICKET_CREATED.name(),
                event.ts().toEpochMilli());
    }

    /** The ticket with the diagnosed fault, or null when the diagnosis confirms the fault it was routed by. */
    public TicketToRoute rediagnosed(Event event, EventBody.FaultDiagnosed d) {
        if (Objects.equals(faultCode, d.faultCode())) {
            return null;
        }
        return new TicketToRoute(
                tenantId,
                ticketId,
                deviceSn,
                productModel,
                region,
                siteId,
                customerId,
                d.faultCode(),
                d.domain(),
                event.eventId(),
                EventType.FAULT_DIAGNOSED.name(),
                event.ts().toEpochMilli());
    }

    /** The production batch: the SN's first 4 characters (DOMAIN.md §2). */
    String batch() {
        return deviceSn == null || deviceSn.length() < RuleSetParser.SN_PREFIX_LENGTH
                ? null
                : deviceSn.substring(0, RuleSetParser.SN_PREFIX_LENGTH);
    }
}
