package io.ticketradar.pipelines.duplicates;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keyed by (tenant, identity): keeps the tickets of one customer, phone or device created in the last 72 h and
 * compares each new or changed ticket with them, emitting every pair the {@link DuplicateRule} matches. A pair is
 * emitted again when either ticket changes (harmless: the chains are idempotent), so a pair that becomes a duplicate
 * when its fault code is diagnosed is found then. A ticket leaves 72 h after its creation (an event-time timer), or
 * as soon as it is resolved or closed.
 */
public final class PairFinder extends KeyedProcessFunction<String, KeyedSnapshot, DuplicatePair> {

    private static final long serialVersionUID = 1L;

    private transient MapState<String, TicketSnapshot> recent;

    @Override
    public void open(OpenContext openContext) {
        recent = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("recent-tickets", String.class, TicketSnapshot.class));
    }

    @Override
    public void processElement(KeyedSnapshot keyed, Context ctx, Collector<DuplicatePair> out) throws Exception {
        TicketSnapshot ticket = keyed.ticket();
        for (TicketSnapshot other : recent.values()) {
            DuplicateRule.pair(ticket, other).ifPresent(out::collect);
        }
        if (!ticket.linkable()) {
            recent.remove(ticket.ticketId());
            return;
        }
        if (!recent.contains(ticket.ticketId())) {
            ctx.timerService().registerEventTimeTimer(ticket.createdAt() + DuplicateRule.WINDOW.toMillis());
        }
        recent.put(ticket.ticketId(), ticket);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DuplicatePair> out) throws Exception {
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, TicketSnapshot> entry : recent.entries()) {
            if (entry.getValue().createdAt() + DuplicateRule.WINDOW.toMillis() <= timestamp) {
                expired.add(entry.getKey());
            }
        }
        for (String ticketId : expired) {
            recent.remove(ticketId);
        }
    }
}
