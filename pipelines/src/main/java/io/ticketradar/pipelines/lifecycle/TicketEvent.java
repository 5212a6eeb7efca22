package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.util.Comparator;
import java.util.List;

/**
 * The parts of a ticket event that the lifecycle reads, kept in the ticket's state. It is flat (no
 * collections, no free text) so that state and checkpoints stay small and Flink serialises it as a
 * POJO, not through Kryo. Fields that do not belong to the event's type are null (or 0, false).
 *
 * @param origin      TICKET_CREATED: what the ticket is about
 * @param actorId     TICKET_ASSIGNED: the assignee; FIRST_RESPONSE: the responder
 * @param teamId      TICKET_ASSIGNED
 * @param stage       TICKET_ASSIGNED: the stage of the assignment; STAGE_CHANGED: the stage moved to
 * @param diagnostic  FIRST_RESPONSE
 * @param code        FAULT_DIAGNOSED: fault code; TICKET_RESOLVED: resolution code; TICKET_MERGED: the ticket merged into
 * @param domain      FAULT_DIAGNOSED
 * @param fieldVisits TICKET_RESOLVED
 */
public record TicketEvent(
        String eventId,
        long ts,
        EventType type,
        TicketOrigin origin,
        String actorId,
        String teamId,
        Stage stage,
        boolean diagnostic,
        String code,
        TechnicalDomain domain,
        int fieldVisits) {

    /**
     * Events at the same millisecond apply in lifecycle order (a creation before anything else, a close before
     * a reopen), then by event id, so that every run and the batch check agree on one order.
     */
    static final List<EventType> SAME_INSTANT_ORDER = List.of(
            EventType.TICKET_CREATED,
            EventType.TICKET_ASSIGNED,
            EventType.FIRST_RESPONSE,
            EventType.STAGE_CHANGED,
            EventType.FAULT_DIAGNOSED,
            EventType.TICKET_RESOLVED,
            EventType.TICKET_CLOSED,
            EventType.TICKET_REOPENED,
            EventType.CUSTOMER_COMPLAINT,
            EventType.TICKET_MERGED);

    /** Event-time order, ties broken as described at {@link #SAME_INSTANT_ORDER}. */
    public static final Comparator<TicketEvent> ORDER = Comparator.comparingLong(TicketEvent::ts)
            .thenComparingInt(e -> SAME_INSTANT_ORDER.indexOf(e.type()))
            .thenComparing(TicketEvent::eventId);

    /** The lifecycle view of a ticket event, {@code body} being its decoded fields. */
    public static TicketEvent of(Event event, EventBody body) {
        String id = event.eventId();
        long ts = event.ts().toEpochMilli();
        EventType type = event.type();
        return switch (body) {
            case EventBody.TicketCreated c ->
                new TicketEvent(
                        id,
                        ts,
                        type,
                        new TicketOrigin(
                                c.channel().wire(),
                                c.customerId(),
                                c.deviceSn(),
                                c.productModel(),
                                c.siteId(),
                                c.region(),
                                c.faultCode(),
                                c.priority()),
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        0);
            case EventBody.TicketAssigned a ->
                new TicketEvent(id, ts, type, null, a.assigneeId(), a.teamId(), a.stage(), false, null, null, 0);
            case EventBody.FirstResponse r ->
                new TicketEvent(id, ts, type, null, r.responderId(), null, null, r.diagnostic(), null, null, 0);
            case EventBody.StageChanged s ->
                new TicketEvent(id, ts, type, null, null, null, s.toStage(), false, null, null, 0);
            case EventBody.FaultDiagnosed f ->
                new TicketEvent(id, ts, type, null, null, null, null, false, f.faultCode(), f.domain(), 0);
            case EventBody.TicketResolved r ->
                new TicketEvent(id, ts, type, null, null, null, null, false, r.resolutionCode(), null, r.fieldVisits());
            case EventBody.TicketMerged m ->
                new TicketEvent(id, ts, type, null, null, null, null, false, m.intoTicketId(), null, 0);
            case EventBody.TicketClosed c -> bare(id, ts, type);
            case EventBody.TicketReopened r -> bare(id, ts, type);
            case EventBody.CustomerComplaint c -> bare(id, ts, type);
            case EventBody.RepairRecorded r ->
                throw new IllegalArgumentException("a repair record is not a ticket event: " + id);
            case EventBody.DeviceRegistered d ->
                throw new IllegalArgumentException("device master data is not a ticket event: " + id);
            case EventBody.CodeDefined d ->
                throw new IllegalArgumentException("a catalogue entry is not a ticket event: " + id);
            case EventBody.EngineerRegistered e ->
                throw new IllegalArgumentException("engineer master data is not a ticket event: " + id);
            case EventBody.PartStocked p ->
                throw new IllegalArgumentException("parts stock is not a ticket event: " + id);
        };
    }

    private static TicketEvent bare(String id, long ts, EventType type) {
        return new TicketEvent(id, ts, type, null, null, null, null, false, null, null, 0);
    }
}
