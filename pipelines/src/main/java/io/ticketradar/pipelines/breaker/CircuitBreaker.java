package io.ticketradar.pipelines.breaker;

import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The circuit breaker (流程熔断, DOMAIN.md §4), keyed by tenant. A day is "over" when its breakpoint rate is
 * strictly above the tenant's threshold. Over on {@value #CONSECUTIVE_DAYS} consecutive calendar days raises
 * one {@code CIRCUIT_OPEN}; while open, further over days raise nothing; the first day back at or under the
 * threshold raises {@code CIRCUIT_CLOSED}.
 *
 * <p>Only final days are judged, so a day's rate can still be corrected while its tickets are young. A day
 * is final when the watermark passes its end in the tenant's zone + the tenant's breakpoint stay (4 h by default,
 * counted in the tenant's working calendar: the last ticket of the day can still turn into a breakpoint until then) + the indicators' allowed lateness (late
 * events still correct the day until then). Until then the latest value of the day replaces earlier ones;
 * a value for a day already final is counted ({@code lateBreakpointRates}) and ignored.
 *
 * <p>The threshold and the stay are those of the tenant's policy in force at the day's start ({@link PoliciesInForce},
 * broadcast), so a policy changed through the API judges the days from its effective moment on.
 *
 * <p>A day without tickets (no value, or a denominator of 0) is neither over nor under: it breaks a streak
 * of over days, but does not close an open circuit (intake may be paused exactly because it is open).
 *
 * <p>State per tenant: the days not yet final, the streak of over days while closed (at most two days, with
 * a timer to forget it once the next day is final without a value), and the day it opened while open. A
 * tenant whose circuit is closed and whose days are all judged keeps no state and no timers.
 */
public final class CircuitBreaker extends KeyedBroadcastProcessFunction<String, DailyBreakpointRate, String, Alert> {

    private static final Logger LOG = LoggerFactory.getLogger(CircuitBreaker.class);

    static final int CONSECUTIVE_DAYS = 3;

    private final TenantZones zones;
    /**
     * The tenants' thresholds, and their stays: a ticket becomes a breakpoint its tenant's stay into a stage, so a
     * day's rate can grow that long after it ends.
     */
    private final PoliciesInForce policies;

    private final Duration allowedLateness;

    private transient MapState<LocalDate, DailyBreakpointRate> pendingDays;
    private transient ListState<DailyBreakpointRate> overStreak;
    private transient ValueState<LocalDate> openedOn;
    private transient Counter lateRates;

    /**
     * @param zones           the tenants' zones, the same the indicators job computes days in
     * @param policies        the tenants' policies, the same the lifecycle job judges breakpoints by
     * @param allowedLateness how long after a day's end + the breakpoint stay a late event may still change its rate
     */
    public CircuitBreaker(TenantZones zones, PoliciesInForce policies, Duration allowedLateness) {
        this.zones = zones;
        this.policies = policies;
        this.allowedLateness = allowedLateness;
    }

    @Override
    public void open(OpenContext openContext) {
        TypeInformation<DailyBreakpointRate> rateType = TypeInformation.of(DailyBreakpointRate.class);
        pendingDays =
                getRuntimeContext().getMapState(new MapStateDescriptor<>("pending-days", Types.LOCAL_DATE, rateType));
        overStreak = getRuntimeContext().getListState(new ListStateDescriptor<>("over-streak", rateType));
        openedOn = getRuntimeContext().getState(new ValueStateDescriptor<>("opened-on", Types.LOCAL_DATE));
        lateRates = getRuntimeContext().getMetricGroup().counter("lateBreakpointRates");
    }

    @Override
    public void processBroadcastElement(String message, Context ctx, Collector<Alert> out) throws Exception {
        policies.learn(message, ctx.getBroadcastState(PoliciesInForce.STATE));
    }

    @Override
    public void processElement(DailyBreakpointRate rate, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        long finalAt = finalAt(rate.tenantId(), rate.day(), ctx);
        if (finalAt <= ctx.timerService().currentWatermark()) {
            // Routine, not a fault: the daily rows keep being corrected for weeks as tickets age.
            lateRates.inc();
            LOG.debug(
                    "breakpoint rate of tenant {} for {} arrived after the day was final ({}); ignored",
                    rate.tenantId(),
                    rate.day(),
                    Instant.ofEpochMilli(finalAt));
            return;
        }
        pendingDays.put(rate.day(), rate);
        ctx.timerService().registerEventTimeTimer(finalAt);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<Alert> out) throws Exception {
        String tenant = ctx.getCurrentKey();
        List<DailyBreakpointRate> due = new ArrayList<>();
        for (Map.Entry<LocalDate, DailyBreakpointRate> day : pendingDays.entries()) {
            long finalAt = finalAt(tenant, day.getKey(), ctx);
            if (finalAt <= timestamp) {
                due.add(day.getValue());
            } else {
                ctx.timerService().registerEventTimeTimer(finalAt); // a longer stay adopted since moved it on
            }
        }
        due.sort(Comparator.comparing(DailyBreakpointRate::day));
        for (DailyBreakpointRate day : due) {
            pendingDays.remove(day.day());
            judge(day, ctx, out);
        }
        watchStreak(ctx, tenant, timestamp);
    }

    private void judge(DailyBreakpointRate day, ReadOnlyContext ctx, Collector<Alert> out) throws Exception {
        BigDecimal threshold =
                policies.breakpointThreshold(day.tenantId(), dayStart(day.tenantId(), day.day()), state(ctx));
        Instant raisedAt = Instant.ofEpochMilli(finalAt(day.tenantId(), day.day(), ctx));
        LocalDate open = openedOn.value();
        if (open != null) {
            if (day.hasTickets() && !day.isOver(threshold)) {
                LOG.info(
                        "circuit of tenant {} closes on {}: breakpoint rate {} at or under {}",
                        day.tenantId(),
                        day.day(),
                        day.rate(),
                        threshold);
                out.collect(CircuitBreakerAlerts.closed(day, threshold, open, raisedAt));
                openedOn.clear();
            }
            return;
        }
        if (!day.isOver(threshold)) {
            overStreak.clear();
            return;
        }
        List<DailyBreakpointRate> streak = streak();
        if (!streak.isEmpty() && !streak.getLast().day().plusDays(1).equals(day.day())) {
            streak.clear(); // a day without a value lies between
        }
        streak.add(day);
        if (streak.size() < CONSECUTIVE_DAYS) {
            overStreak.update(streak);
            return;
        }
        LOG.info(
                "circuit of tenant {} opens on {}: breakpoint rate over {} on {} consecutive days",
                day.tenantId(),
                day.day(),
                threshold,
                CONSECUTIVE_DAYS);
        out.collect(CircuitBreakerAlerts.opened(streak, threshold, raisedAt));
        overStreak.clear();
        openedOn.update(day.day());
    }

    /**
     * A streak is broken when the day after its last one is final without a value: forget it then (a timer),
     * rather than keep it for a tenant that may send nothing more.
     */
    private void watchStreak(ReadOnlyContext ctx, String tenant, long now) throws Exception {
        List<DailyBreakpointRate> streak = streak();
        if (streak.isEmpty()) {
            return;
        }
        long nextDayFinal = finalAt(tenant, streak.getLast().day().plusDays(1), ctx);
        if (nextDayFinal <= now) {
            overStreak.clear();
        } else {
            ctx.timerService().registerEventTimeTimer(nextDayFinal);
        }
    }

    private List<DailyBreakpointRate> streak() throws Exception {
        List<DailyBreakpointRate> streak = new ArrayList<>();
        overStreak.get().forEach(streak::add);
        return streak;
    }

    /** Event time (epoch ms) at which {@code day} of the tenant is final. */
    private long finalAt(String tenant, LocalDate day, ReadOnlyContext ctx) throws Exception {
        // the day's last ticket (created a millisecond before its end) is a breakpoint from then on at the latest
        long lastBreakpoint = policies.sla(tenant, dayStart(tenant, day), state(ctx))
                        .breakpointDue(zones.endOf(tenant, day).toEpochMilli() - 1)
                + 1;
        return lastBreakpoint + allowedLateness.toMillis();
    }

    private long dayStart(String tenant, LocalDate day) {
        return zones.startOf(tenant, day).toEpochMilli();
    }

    private static ReadOnlyBroadcastState<String, String> state(ReadOnlyContext ctx) {
        return ctx.getBroadcastState(PoliciesInForce.STATE);
    }
}
