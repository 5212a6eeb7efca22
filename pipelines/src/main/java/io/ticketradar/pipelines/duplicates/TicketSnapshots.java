package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Keyed by (tenant, ticket): folds the events that matter to the duplicate rule (creation, diagnosis, resolution,
 * closing, reopening, merging) into a {@link TicketSnapshot} and emits it whenever it changes. Events may arrive out
 * of order: a diagnosis or a closing before the creation is kept until the creation comes, of two diagnoses or two
 * status changes the later in event time wins, and the first merge stays. The state is dropped 72 h after the creation, when no new
 * ticket can be its duplicate any more.
 */
public final class TicketSnapshots extends KeyedProcessFunction<String, SourcedEvent, TicketSnapshot> {

    private static final long serialVersionUID = 1L;
    private static final char SEPARATOR = '\u0000';
    private static final Set<EventType> RELEVANT = EnumSet.of(
            EventType.TICKET_CREATED,
            EventType.FAULT_DIAGNOSED,
            EventType.TICKET_RESOLVED,
            EventType.TICKET_CLOSED,
            EventType.TICKET_REOPENED,
            EventType.TICKET_MERGED);
    /** createdAt of a ticket whose creation has not arrived yet. */
    private static final long NOT_CREATED = Long.MIN_VALUE;

    private transient EventCodec codec;
    private transient ValueState<TicketSnapshot> ticket;
    private transient ValueState<Long> statusAt;
    private transient ValueState<Long> cleanUpAt;

    /** The events this function folds. */
    public static boolean relevant(SourcedEvent sourced) {
        return sourced.event().ticketId() != null
                && RELEVANT.contains(sourced.event().type());
    }

    public static String key(SourcedEvent sourced) {
        return sourced.event().tenantId() + SEPARATOR + sourced.event().ticketId();
    }

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        ticket = getRuntimeContext().getState(new ValueStateDescriptor<>("ticket", TicketSnapshot.class));
        statusAt = getRuntimeContext().getState(new ValueStateDescriptor<>("status-at", Long.class));
        cleanUpAt = getRuntimeContext().getState(new ValueStateDescriptor<>("clean-up-at", Long.class));
    }

    @Override
    public void processElement(SourcedEvent sourced, Context ctx, Collector<TicketSnapshot> out) throws Exception {
        Event event = sourced.event();
        long at = event.ts().toEpochMilli();
        TicketSnapshot before = ticket.value();
        TicketSnapshot now = apply(before == null ? placeholder(event) : before, event, at);
        ticket.update(now);
        long cleanUp = (now.createdAt() == NOT_CREATED ? at : now.createdAt()) + DuplicateRule.WINDOW.toMillis();
        Long scheduled = cleanUpAt.value();
        if (scheduled == null || scheduled != cleanUp) {
            if (scheduled != null) {
                ctx.timerService().deleteEventTimeTimer(scheduled);
            }
            cleanUpAt.update(cleanUp);
            ctx.timerService().registerEventTimeTimer(cleanUp);
        }
        if (now.createdAt() != NOT_CREATED && !now.equals(before)) {
            out.collect(now);
        }
    }

    private TicketSnapshot apply(TicketSnapshot t, Event event, long at) throws Exception {
        return switch (codec.body(event)) {
            case EventBody.TicketCreated c -> {
                boolean diagnosedSince = t.faultCode() != null && t.faultAt() > at;
                yield new TicketSnapshot(
                        t.tenantId(),
                        t.ticketId(),
                        at,
                        c.customerId(),
                        c.customerPhone(),
                        c.deviceSn(),
                        c.symptoms(),
                        diagnosedSince || c.faultCode() == null ? t.faultCode() : c.faultCode(),
                        diagnosedSince || c.faultCode() == null ? t.faultAt() : at,
                        t.closedAt(),
                        t.mergedAt(),
                        t.mergedInto());
            }
            case EventBody.FaultDiagnosed d ->
                t.faultCode() != null && t.faultAt() > at ? t : t.withFaultCode(d.faultCode(), at);
            case EventBody.TicketMerged m -> at < t.mergedAt() ? t.mergedAt(at, m.intoTicketId()) : t;
            case EventBody.TicketReopened r -> statusChange(t, TicketSnapshot.NEVER, at);
            default -> statusChange(t, at, at); // resolved or closed
        };
    }

    /** Of two status changes the later in event time wins. */
    private TicketSnapshot statusChange(TicketSnapshot t, long closedAt, long at) throws Exception {
        if (statusAt.value() != null && statusAt.value() > at) {
            return t;
        }
        statusAt.update(at);
        return t.closedAt(closedAt);
    }

    private static TicketSnapshot placeholder(Event event) {
        return new TicketSnapshot(
                event.tenantId(),
                event.ticketId(),
                NOT_CREATED,
                null,
                null,
                null,
                List.of(),
                null,
                Long.MIN_VALUE,
                TicketSnapshot.NEVER,
                TicketSnapshot.NEVER,
                null);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<TicketSnapshot> out) {
        ticket.clear();
        statusAt.clear();
        cleanUpAt.clear();
    }
}
