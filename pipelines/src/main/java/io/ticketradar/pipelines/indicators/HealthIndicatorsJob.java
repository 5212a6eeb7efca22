package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.policy.JudgeByPolicy;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.policy.TenantPolicyJson;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The indicators job: ticket fact changes -> the health indicators of DOMAIN.md §4 (see {@link Indicator})
 * per tenant, day, region and overall into {@code health_indicators}, and over the rolling 24 h into
 * {@code health_indicators_live}.
 *
 * <pre>
 * fact changes -+-> per-ticket contributions -------------------+-> by (tenant, day) -> daily rows ---+-> health_indicators
 *               +-> device/fault memberships -> recurrence -----+-> by tenant -> rolling 24 h rows   |   (live table)
 *               +-> stage moves -> by tenant -> backlog at each day's end -------------------------+
 * </pre>
 * {@link #attach} returns the daily rows, for jobs that act on them (the circuit breaker).
 */
public final class HealthIndicatorsJob {

    private final Sink<IndicatorRow> dailyTable;
    private final Sink<LiveIndicatorRow> liveTable;
    private final IndicatorSettings settings;
    private final PoliciesInForce policyConfig;

    /** @param policyConfig the tenants' healthy thresholds before any version adopted through the API */
    public HealthIndicatorsJob(
            Sink<IndicatorRow> dailyTable,
            Sink<LiveIndicatorRow> liveTable,
            IndicatorSettings settings,
            PoliciesInForce policyConfig) {
        this.dailyTable = dailyTable;
        this.liveTable = liveTable;
        this.settings = settings;
        this.policyConfig = policyConfig;
    }

    /**
     * @param policies the {@value TenantPolicyJson#TOPIC} messages, broadcast as {@link PoliciesInForce#STATE}: rows
     *                 are judged by the thresholds in force at their day's start, rolling rows by those at their window's
     *                 end
     */
    public DataStream<IndicatorRow> attach(DataStream<FactChange> changes, BroadcastStream<String> policies) {
        DataStream<Contribution> perTicket = changes.flatMap(new TicketContributions())
                .name("per-ticket contributions")
                .uid("indicators-contributions");
        DataStream<Contribution> recurrence = changes.flatMap(new DeviceFault.OfChanges())
                .name("device and fault memberships")
                .uid("indicators-device-faults")
                .keyBy(DeviceFault::key)
                .process(new RecurrenceFunction(settings.correctionHorizon()))
                .name("recurrence within 30 days")
                .uid("indicators-recurrence");
        DataStream<Contribution> contributions = perTicket.union(recurrence);

        DataStream<IndicatorRow> daily = contributions
                .keyBy(DailyIndicatorsFunction.byDay(settings.zones()))
                .process(new DailyIndicatorsFunction(settings))
                .name("daily indicators")
                .uid("indicators-daily");
        DataStream<IndicatorRow> backlog = changes.map(StageMove::of)
                .name("stage moves")
                .uid("indicators-stage-moves")
                .keyBy(StageMove::tenantId)
                .process(new BacklogFunction(settings.zones()))
                .name("backlog at day end")
                .uid("indicators-backlog");
        DataStream<IndicatorRow> rows = daily.union(backlog);
        rows.connect(policies)
                .process(new JudgeByPolicy<>(policyConfig, dayStart(settings.zones())))
                .returns(IndicatorRow.class)
                .name("daily rows judged by the policy")
                .uid("indicators-judged")
                .sinkTo(dailyTable)
                .name("health indicators to warehouse")
                .uid("indicators-table");

        contributions
                .keyBy(Contribution::tenantId)
                .process(new LiveIndicatorsFunction(settings.liveRefresh()))
                .name("rolling 24 h indicators")
                .uid("indicators-live")
                .connect(policies)
                .process(new JudgeByPolicy<LiveIndicatorRow>(policyConfig, LiveIndicatorRow::computedAt))
                .returns(LiveIndicatorRow.class)
                .name("rolling rows judged by the policy")
                .uid("indicators-live-judged")
                .sinkTo(liveTable)
                .name("live indicators to warehouse")
                .uid("indicators-live-table");
        return rows;
    }

    /** A day's row is judged by the policy in force at the day's start in the tenant's zone. */
    private static JudgeByPolicy.About<IndicatorRow> dayStart(TenantZones zones) {
        return row -> zones.startOf(row.tenantId(), row.day()).toEpochMilli();
    }
}
