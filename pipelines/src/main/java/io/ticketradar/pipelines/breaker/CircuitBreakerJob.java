package io.ticketradar.pipelines.breaker;

import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertSinks;
import io.ticketradar.pipelines.alerts.AlertTopic;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.policy.TenantPolicyJson;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;

import java.time.Duration;

/**
 * The circuit-breaker job: daily breakpoint rates -> {@link CircuitBreaker} -> alerts into the {@code alerts}
 * table, onto the {@value AlertTopic#NAME} topic and to the tenants' webhooks.
 */
public final class CircuitBreakerJob {

    private final AlertSinks sinks;
    private final TenantZones zones;
    private final PoliciesInForce policyConfig;
    private final Duration allowedLateness;

    /**
     * @param sinks           where alerts go: the table, the {@value AlertTopic#NAME} topic, the webhooks
     * @param zones           the tenants' zones, the ones the indicators were computed in
     * @param policyConfig    the tenants' thresholds and service levels before any version adopted through the API
     * @param allowedLateness how long after a day's end + 4 h late events may still change the day's rate: the
     *                        breaker judges the day then, and ignores (counts) later values. Not the indicators'
     *                        correction horizon: their rows stay correctable for weeks, an intake pause cannot wait
     */
    public CircuitBreakerJob(
            AlertSinks sinks, TenantZones zones, PoliciesInForce policyConfig, Duration allowedLateness) {
        this.sinks = sinks;
        this.zones = zones;
        this.policyConfig = policyConfig;
        this.allowedLateness = allowedLateness;
    }

    /**
     * Wires the breaker behind {@code rates} and returns its alerts.
     *
     * @param rates each tenant's overall breakpoint rate per calendar day (re-sent whenever the day's value
     *              changes), carrying the event-time watermarks of the events it was computed from
     * @param policies the {@value TenantPolicyJson#TOPIC} messages, broadcast as {@link PoliciesInForce#STATE}
     */
    public DataStream<Alert> attach(DataStream<DailyBreakpointRate> rates, BroadcastStream<String> policies) {
        DataStream<Alert> alerts = rates.keyBy(DailyBreakpointRate::tenantId)
                .connect(policies)
                .process(new CircuitBreaker(zones, policyConfig, allowedLateness))
                .name("circuit breaker")
                .uid("breaker-circuit");
        sinks.attach(alerts, policies, "alerts");
        return alerts;
    }
}
