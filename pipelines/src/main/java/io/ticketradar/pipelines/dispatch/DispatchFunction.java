package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Ids;
import io.ticketradar.events.Stage;
import io.ticketradar.models.ModelJson;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tenant's dispatcher, keyed by tenant: routes each ticket asked for by the rules in force when it arrives. The
 * rules are broadcast state fed by the {@code dispatch-rules} topic, so a change applies to the next ticket without a
 * restart; engineers, parts stock and streaks are keyed state. Each routing becomes a {@link DispatchDecision}; one
 * that names an engineer and is not blocked also becomes a TICKET_ASSIGNED event with {@code auto: true} on the
 * {@link #ASSIGNMENTS} side output. A tenant without rules gets no decisions: nobody asked the product to dispatch.
 *
 * <p>The broadcast side also carries the open failure patterns' hints ({@link PatternHint}); a decision carries the
 * hints of the patterns its ticket matches when routed.
 */
public final class DispatchFunction
        extends KeyedBroadcastProcessFunction<String, DispatchInput, String, DispatchDecision> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(DispatchFunction.class);

    /** Each tenant's rule set in force, as its {@code dispatch-rules} message. */
    public static final MapStateDescriptor<String, String> RULES =
            new MapStateDescriptor<>("dispatch-rules", Types.STRING, Types.STRING);

    /** Open patterns' hints, by tenant and pattern id, as their {@code dispatch-hints} message. */
    public static final MapStateDescriptor<String, String> HINTS =
            new MapStateDescriptor<>("dispatch-hints", Types.STRING, Types.STRING);

    /** A screen's worth: a ticket matching more patterns gets those of the lowest ids. */
    static final int MAX_HINTS = 5;

    public static final OutputTag<Event> ASSIGNMENTS = new OutputTag<>("dispatch-assignments") {};

    private transient EventCodec codec;
    private transient MapState<String, String> engineers;
    /** Each part and depot's levels through time ({@link StockHistory#encode}). */
    private transient MapState<String, String> stock;

    private transient MapState<String, String> streaks;
    private transient MapState<String, Long> resting;
    /** Parsed rule sets, by tenant: a set is parsed once per message, not once per ticket. */
    private transient Map<String, Parsed> parsed;

    private record Parsed(String message, RuleSet rules) {}

    /**
     * Each tenant's engineers as read from state, so a routing does not parse every engineer again; dropped when the
     * tenant's engineers change, rebuilt from state after a restore.
     */
    private transient Map<String, Map<String, EventBody.EngineerRegistered>> engineersByTenant;

    /** Each tenant's stock history as read from state once, then kept in step with it. */
    private transient Map<String, StockHistory> stockByTenant;

    private transient Counter decisions;
    private transient Counter blocked;

    @Override
    public void open(OpenContext openContext) {
        codec = new EventCodec();
        engineers = getRuntimeContext().getMapState(new MapStateDescriptor<>("engineers", Types.STRING, Types.STRING));
        stock = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("parts-stock-history", Types.STRING, Types.STRING));
        streaks = getRuntimeContext().getMapState(new MapStateDescriptor<>("streaks", Types.STRING, Types.STRING));
        resting = getRuntimeContext().getMapState(new MapStateDescriptor<>("resting", Types.STRING, Types.LONG));
        parsed = new HashMap<>();
        engineersByTenant = new HashMap<>();
        stockByTenant = new HashMap<>();
        decisions = getRuntimeContext().getMetricGroup().counter("dispatchDecisions");
        blocked = getRuntimeContext().getMetricGroup().counter("dispatchBlocked");
    }

    @Override
    public void processBroadcastElement(String message, Context ctx, Collector<DispatchDecision> out) throws Exception {
        if (PatternHint.isHint(message)) {
            PatternHint hint = PatternHint.read(message);
            BroadcastState<String, String> hints = ctx.getBroadcastState(HINTS);
            String key = hint.tenantId() + '\u0000' + hint.patternId();
            if (hint.open()) {
                hints.put(key, message);
            } else {
                hints.remove(key);
            }
            return;
        }
        switch (RuleSetJson.read(message)) {
            case RuleSetParser.Checked.Valid valid -> {
                RuleSet set = valid.rules();
                BroadcastState<String, String> rules = ctx.getBroadcastState(RULES);
                RuleSet current = current(set.tenantId(), rules.get(set.tenantId()));
                if (current == null || set.version() > current.version()) {
                    rules.put(set.tenantId(), message);
                    LOG.info("dispatch rules of tenant {} are now version {}", set.tenantId(), set.version());
                }
            }
            case RuleSetParser.Checked.Invalid invalid ->
                LOG.warn("skipping a dispatch-rules message that is not a valid rule set: {}", invalid.message());
        }
    }

    @Override
    public void processElement(DispatchInput input, ReadOnlyContext ctx, Collector<DispatchDecision> out)
            throws Exception {
        switch (input.kind()) {
            case ENGINEER -> {
                EventBody.EngineerRegistered engineer = input.as(EventBody.EngineerRegistered.class);
                engineers.put(engineer.engineerId(), input.json());
                engineersByTenant.remove(input.tenantId());
            }
            case STOCK -> {
                StockHistory.Change change = input.as(StockHistory.Change.class);
                stock.put(
                        change.key(),
                        StockHistory.encode(stockOf(input.tenantId()).record(change)));
            }
            case TICKET -> {
                ReadOnlyBroadcastState<String, String> rules = ctx.getBroadcastState(RULES);
                RuleSet set = current(input.tenantId(), rules.get(input.tenantId()));
                if (set != null) {
                    route(set, input.as(TicketToRoute.class), ctx, out);
                }
            }
        }
    }

    private void route(RuleSet set, TicketToRoute ticket, ReadOnlyContext ctx, Collector<DispatchDecision> out)
            throws Exception {
        StockHistory parts = stockOf(ticket.tenantId());
        Routing routing = Router.route(
                set,
                ticket,
                engineersByTenant.computeIfAbsent(ticket.tenantId(), t -> engineers()),
                part -> parts.unitsAt(part, ticket.at()),
                restingNow());
        decisions.inc();
        if (routing.blocked()) {
            blocked.inc();
        }
        out.collect(DispatchDecision.of(new DispatchDecision.Content(
                ticket.tenantId(),
                ticket.ticketId(),
                ticket.trigger(),
                ticket.triggerType(),
                ticket.at(),
                set.version(),
                routing,
                hints(ticket, ctx))));
        if (routing.assigns()) {
            ctx.output(ASSIGNMENTS, assignment(ticket, routing));
            countStreak(set.streak(), routing, ticket.at(), ctx);
        }
    }

    /** The hints of the tenant's open patterns the ticket matches, by pattern id. */
    private static List<PatternHint> hints(TicketToRoute ticket, ReadOnlyContext ctx) throws Exception {
        Set<String> codes = PatternHint.codesOf(ticket);
        String prefix = ticket.tenantId() + '\u0000';
        List<PatternHint> matched = new ArrayList<>();
        for (Map.Entry<String, String> e : ctx.getBroadcastState(HINTS).immutableEntries()) {
            if (e.getKey().startsWith(prefix)) {
                PatternHint hint = PatternHint.read(e.getValue());
                if (hint.matches(codes)) {
                    matched.add(hint);
                }
            }
        }
        matched.sort(Comparator.comparing(PatternHint::patternId));
        return matched.subList(0, Math.min(matched.size(), MAX_HINTS));
    }

    /** Lengthens the team's streak; an engineer who completes one rests, and a timer ends the rest. */
    private void countStreak(StreakRule rule, Routing routing, long at, ReadOnlyContext ctx) throws Exception {
        Streak streak = Streak.after(Streak.decode(streaks.get(routing.team())), routing.engineer());
        if (streak.exhausts(rule)) {
            long until = at + rule.rest().toMillis();
            resting.put(routing.engineer(), until);
            streaks.remove(routing.team());
            ctx.timerService().registerEventTimeTimer(until);
        } else {
            streaks.put(routing.team(), streak.encode());
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<DispatchDecision> out) throws Exception {
        for (Iterator<Map.Entry<String, Long>> it = resting.iterator(); it.hasNext(); ) {
            if (it.next().getValue() <= timestamp) {
                it.remove();
            }
        }
    }

    /**
     * The assignment, a millisecond after the event that asked for it: in event time it follows its cause, never ties
     * with it, and a replay gives the same event.
     */
    private Event assignment(TicketToRoute ticket, Routing routing) {
        return codec.newEvent(
                Ids.derived("dispatch-" + ticket.trigger()),
                ticket.tenantId(),
                ticket.ticketId(),
                OffsetDateTime.ofInstant(Instant.ofEpochMilli(ticket.at() + 1), ZoneOffset.UTC),
                new EventBody.TicketAssigned(routing.engineer(), routing.team(), Stage.TECH, true));
    }

    private RuleSet current(String tenantId, String message) {
        if (message == null) {
            return null;
        }
        Parsed cached = parsed.get(tenantId);
        if (cached != null && cached.message().equals(message)) {
            return cached.rules();
        }
        if (RuleSetJson.read(message) instanceof RuleSetParser.Checked.Valid valid) {
            parsed.put(tenantId, new Parsed(message, valid.rules()));
            return valid.rules();
        }
        return null;
    }

    private Map<String, EventBody.EngineerRegistered> engineers() {
        Map<String, EventBody.EngineerRegistered> all = new HashMap<>();
        try {
            for (Map.Entry<String, String> e : engineers.entries()) {
                all.put(e.getKey(), ModelJson.read(e.getValue(), EventBody.EngineerRegistered.class));
            }
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the engineers state", e);
        }
        return all;
    }

    private Map<String, Instant> restingNow() throws Exception {
        Map<String, Instant> all = new HashMap<>();
        for (Map.Entry<String, Long> e : resting.entries()) {
            all.put(e.getKey(), Instant.ofEpochMilli(e.getValue()));
        }
        return all;
    }

    /** The tenant's stock history, read from state the first time (after a start or a restore). */
    private StockHistory stockOf(String tenantId) {
        return stockByTenant.computeIfAbsent(tenantId, t -> {
            StockHistory history = new StockHistory();
            try {
                for (Map.Entry<String, String> e : stock.entries()) {
                    String key = e.getKey();
                    int split = key.indexOf('\u0000');
                    history.restore(
                            key.substring(0, split), key.substring(split + 1), StockHistory.decode(e.getValue()));
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot read the parts stock state of tenant " + t, e);
            }
            return history;
        });
    }
}
