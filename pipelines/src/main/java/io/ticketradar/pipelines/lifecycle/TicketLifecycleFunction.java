package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.TimerService;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Keyed by (tenant, ticket): keeps the ticket's events and emits its {@link TicketFact} whenever it changes.
 *
 * <p>Order: an event is applied when the watermark passes its time, by re-folding all of the ticket's
 * events sorted by event time, so events that arrive out of order within the allowed lateness are applied
 * in event-time order. An event that arrives after the watermark passed it is folded in its place at once
 * and the changed fact is emitted as a correction, reported on {@link #LATE_EVENTS} and counted.
 *
 * <p>Absence: the fact is also re-evaluated at the instants a flag turns true without an event (no first
 * response by 2 h, a stay passing 4 h, the SLA passing while open). One event-time timer per ticket
 * points at the next such instant, the next pending event or the close-out, whichever is first.
 *
 * <p>Policy: a ticket is judged by its tenant's policy in force when it was opened (its first event), so a policy
 * changed through the API applies to tickets opened from its effective moment on and tickets already open keep the
 * levels they were opened under ({@link PoliciesInForce}, broadcast).
 *
 * <p>Close-out: a ticket is done when it is closed and the reopen window after its close has passed, or
 * when no event came for the correction horizon (never closed, or its creation never arrived); its state
 * and timer are then cleared, and events still pending for it are reported.
 */
public final class TicketLifecycleFunction
        extends KeyedBroadcastProcessFunction<String, SourcedEvent, String, FactChange> {

    public static final OutputTag<LateEvent> LATE_EVENTS = new OutputTag<>("late-events") {};

    private static final char KEY_SEPARATOR = '\u0000';

    private final TenantZones zones;
    private final PoliciesInForce policies;
    private final Duration correctionHorizon;

    private transient EventCodec codec;
    private transient ListState<TicketEvent> history;
    private transient ValueState<TicketFact> emitted;
    private transient ValueState<Long> version;
    private transient ValueState<Long> wakeUp;
    private transient Map<LateEvent.Outcome, Counter> lateEvents;
    private transient Counter repeatedEvents;

    public TicketLifecycleFunction(TenantZones zones, PoliciesInForce policies, Duration correctionHorizon) {
        this.zones = zones;
        this.policies = policies;
        this.correctionHorizon = correctionHorizon;
    }

    /** The key of a ticket's state. */
    public static String key(SourcedEvent sourced) {
        return sourced.event().tenantId() + KEY_SEPARATOR + sourced.event().ticketId();
    }

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        history = getRuntimeContext().getListState(new ListStateDescriptor<>("events", TicketEvent.class));
        emitted = getRuntimeContext().getState(new ValueStateDescriptor<>("emitted-fact", TicketFact.class));
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Long.class));
        wakeUp = getRuntimeContext().getState(new ValueStateDescriptor<>("wake-up", Long.class));
        lateEvents = new EnumMap<>(LateEvent.Outcome.class);
        for (LateEvent.Outcome outcome : LateEvent.Outcome.values()) {
            lateEvents.put(
                    outcome,
                    getRuntimeContext()
                            .getMetricGroup()
                            .addGroup("outcome", outcome.name())
                            .counter("lateEvents"));
        }
        // Ingest drops repeated event ids within its memory; this catches those older than it.
        repeatedEvents = getRuntimeContext().getMetricGroup().counter("repeatedTicketEvents");
    }

    @Override
    public void processBroadcastElement(String message, Context ctx, Collector<FactChange> out) throws Exception {
        policies.learn(message, ctx.getBroadcastState(PoliciesInForce.STATE));
    }

    @Override
    public void processElement(SourcedEvent sourced, ReadOnlyContext ctx, Collector<FactChange> out) throws Exception {
        Event event = sourced.event();
        List<TicketEvent> events = events();
        if (events.stream().anyMatch(e -> e.eventId().equals(event.eventId()))) {
            repeatedEvents.inc();
            return;
        }
        TicketEvent added = TicketEvent.of(event, codec.body(event));
        history.add(added);
        events.add(added);
        long watermark = ctx.timerService().currentWatermark();
        if (added.ts() > watermark) {
            Long next = wakeUp.value();
            schedule(ctx.timerService(), next == null ? added.ts() : Math.min(next, added.ts()));
            return;
        }
        if (evaluate(events, watermark, ctx, out)) {
            report(ctx, ctx.getCurrentKey(), added, watermark, LateEvent.Outcome.APPLIED_AS_CORRECTION);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<FactChange> out) throws Exception {
        wakeUp.clear();
        evaluate(events(), timestamp, ctx, out);
    }

    /**
     * Folds the events due at {@code asOf}, emits the fact if it changed, then either closes the ticket out or
     * schedules the next wake-up. Returns whether the ticket has a fact (its creation is known).
     */
    private boolean evaluate(List<TicketEvent> events, long asOf, ReadOnlyContext ctx, Collector<FactChange> out)
            throws Exception {
        String key = ctx.getCurrentKey();
        TimerService timers = ctx.timerService();
        ReadOnlyBroadcastState<String, String> state = ctx.getBroadcastState(PoliciesInForce.STATE);
        long openedAt = events.stream().mapToLong(TicketEvent::ts).min().orElseThrow();
        TicketFold fold = TicketFold.of(events, asOf, policies.sla(tenantOf(key), openedAt, state));
        if (fold != null) {
            emitIfChanged(fold.fact(tenantOf(key), ticketOf(key), zones.zoneOf(tenantOf(key))), asOf, out);
        }
        long closeOut = fold != null && fold.closed()
                ? fold.closedAt() + TicketRules.REOPEN_WINDOW.toMillis()
                : events.stream().mapToLong(TicketEvent::ts).max().orElseThrow() + correctionHorizon.toMillis();
        if (closeOut <= asOf) {
            closeOut(events, asOf, key, fold != null, ctx);
        } else {
            long nextEvent = events.stream()
                    .mapToLong(TicketEvent::ts)
                    .filter(t -> t > asOf)
                    .min()
                    .orElse(Long.MAX_VALUE);
            long nextDeadline = fold == null
                    ? Long.MAX_VALUE
                    : fold.deadlinesAfterAsOf().min().orElse(Long.MAX_VALUE);
            schedule(timers, Math.min(closeOut, Math.min(nextEvent, nextDeadline)));
        }
        return fold != null;
    }

    private void emitIfChanged(TicketFact fact, long asOf, Collector<FactChange> out) throws Exception {
        TicketFact before = emitted.value();
        if (fact.equals(before)) {
            return;
        }
        long next = version.value() == null ? 1 : version.value() + 1;
        version.update(next);
        emitted.update(fact);
        out.collect(new FactChange(before, fact, next, asOf));
    }

    private void closeOut(List<TicketEvent> events, long asOf, String key, boolean created, ReadOnlyContext ctx)
            throws Exception {
        for (TicketEvent e : events) {
            if (!created) {
                report(ctx, key, e, asOf, LateEvent.Outcome.NO_CREATION);
            } else if (e.ts() > asOf) {
                report(ctx, key, e, asOf, LateEvent.Outcome.AFTER_CLOSE_OUT);
            }
        }
        Long pending = wakeUp.value();
        if (pending != null) {
            ctx.timerService().deleteEventTimeTimer(pending);
        }
        history.clear();
        emitted.clear();
        version.clear();
        wakeUp.clear();
    }

    /** Keeps exactly one timer per ticket, at {@code at}. */
    private void schedule(TimerService timers, long at) throws Exception {
        Long current = wakeUp.value();
        if (current != null && current == at) {
            return;
        }
        if (current != null) {
            timers.deleteEventTimeTimer(current);
        }
        timers.registerEventTimeTimer(at);
        wakeUp.update(at);
    }

    private void report(ReadOnlyContext ctx, String key, TicketEvent e, long watermark, LateEvent.Outcome outcome) {
        lateEvents.get(outcome).inc();
        ctx.output(
                LATE_EVENTS,
                new LateEvent(tenantOf(key), ticketOf(key), e.eventId(), e.type(), e.ts(), watermark, outcome));
    }

    private List<TicketEvent> events() throws Exception {
        List<TicketEvent> events = new ArrayList<>();
        Iterable<TicketEvent> stored = history.get();
        if (stored != null) {
            stored.forEach(events::add);
        }
        return events;
    }

    private static String tenantOf(String key) {
        return key.substring(0, key.indexOf(KEY_SEPARATOR));
    }

    private static String ticketOf(String key) {
        return key.substring(key.indexOf(KEY_SEPARATOR) + 1);
    }
}
