package io.ticketradar.pipelines.duplicates;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keyed by (tenant, identity): keeps the tickets of one customer, phone or device created in the last 72 h and
 * compares each new or changed ticket with them, emitting every pair the {@link DuplicateRule} matches. The comparison
 * waits for event time to reach the change (an event-time timer), so that every other ticket's changes up to then
 * have arrived, whichever path and order a replay delivers them in: a ticket closed just before its look-alike came
 * is known closed. Resolved and closed tickets stay, with the time they ended. A pair is emitted again when either
 * ticket changes (harmless: the groups are idempotent), so a pair that becomes a duplicate when its fault code is
 * diagnosed is found then. A ticket leaves 72 h after its creation.
 *
 * <p>A phone, customer or device named by more than {@value #CROWDED} tickets within 72 h is a switchboard, a fleet
 * account or a placeholder, not one customer's trouble: the tickets beyond that are not compared on it (counted in
 * the metric {@code ticketsOnCrowdedIdentities}), which also keeps the comparisons per key bounded.
 */
public final class PairFinder extends KeyedProcessFunction<String, KeyedSnapshot, DuplicatePair> {

    private static final long serialVersionUID = 1L;
    static final int CROWDED = 20;

    private transient MapState<String, TicketSnapshot> recent;
    /** Tickets changed and not yet compared, with the event time to compare them at (their newest snapshot). */
    private transient MapState<String, Long> changed;
    /** How many tickets {@code recent} holds. */
    private transient ValueState<Integer> size;

    private transient Counter crowded;

    @Override
    public void open(OpenContext openContext) {
        recent = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("recent-tickets", String.class, TicketSnapshot.class));
        changed = getRuntimeContext().getMapState(new MapStateDescriptor<>("changed", String.class, Long.class));
        size = getRuntimeContext().getState(new ValueStateDescriptor<>("size", Integer.class));
        crowded = getRuntimeContext().getMetricGroup().counter("ticketsOnCrowdedIdentities");
    }

    @Override
    public void processElement(KeyedSnapshot keyed, Context ctx, Collector<DuplicatePair> out) throws Exception {
        TicketSnapshot ticket = keyed.ticket();
        if (!recent.contains(ticket.ticketId())) {
            int held = size.value() == null ? 0 : size.value();
            if (held >= CROWDED) {
                crowded.inc();
                return;
            }
            size.update(held + 1);
            ctx.timerService().registerEventTimeTimer(ticket.createdAt() + DuplicateRule.WINDOW.toMillis());
        }
        recent.put(ticket.ticketId(), ticket);
        // The earliest change waiting decides when to compare: a replay may bring the ticket's later changes before
        // event time reaches its creation, and the comparison must not wait past the other tickets' windows.
        long at = ctx.timestamp();
        Long waiting = changed.get(ticket.ticketId());
        if (waiting == null || at < waiting) {
            changed.put(ticket.ticketId(), at);
            ctx.timerService().registerEventTimeTimer(at);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DuplicatePair> out) throws Exception {
        List<String> due = new ArrayList<>();
        for (Map.Entry<String, Long> entry : changed.entries()) {
            if (entry.getValue() <= timestamp) {
                due.add(entry.getKey());
            }
        }
        for (String ticketId : due) {
            changed.remove(ticketId);
            TicketSnapshot ticket = recent.get(ticketId);
            for (TicketSnapshot other : recent.values()) {
                DuplicateRule.pair(ticket, other).ifPresent(out::collect);
            }
        }
        List<String> expired = new ArrayList<>();
        for (Map.Entry<String, TicketSnapshot> entry : recent.entries()) {
            if (entry.getValue().createdAt() + DuplicateRule.WINDOW.toMillis() <= timestamp) {
                expired.add(entry.getKey());
            }
        }
        for (String ticketId : expired) {
            recent.remove(ticketId);
            changed.remove(ticketId);
        }
        if (recent.isEmpty()) {
            size.clear();
        } else {
            size.update(size.value() - expired.size());
        }
    }
}
