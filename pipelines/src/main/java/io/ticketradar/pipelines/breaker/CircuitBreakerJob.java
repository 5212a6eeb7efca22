package io.ticketradar.pipelines.breaker;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.AlertSinks;
import io.ticketradar.pipelines.alerts.AlertTopic;
import org.apache.flink.streaming.api.datastream.DataStream;

import java.time.Duration;

/**
 * The circuit-breaker job: daily breakpoint rates -> {@link CircuitBreaker} -> alerts into the {@code alerts}
 * table, onto the {@value AlertTopic#NAME} topic and to the tenants' webhooks.
 */
public final class CircuitBreakerJob {

    private final AlertSinks sinks;
    private final AlertSettings settings;
    private final IndicatorSettings indicators;
    private final Duration allowedLateness;

    /**
     * @param sinks           where alerts go: the table, the {@value AlertTopic#NAME} topic, the webhooks
     * @param indicators      the tenants' zones and service levels, the ones the indicators were computed by
     * @param allowedLateness how long after a day's end + 4 h late events may still change the day's rate: the
     *                        breaker judges the day then, and ignores (counts) later values. Not the indicators'
     *                        correction horizon: their rows stay correctable for weeks, an intake pause cannot wait
     */
    public CircuitBreakerJob(
            AlertSinks sinks, AlertSettings settings, IndicatorSettings indicators, Duration allowedLateness) {
        this.sinks = sinks;
        this.settings = settings;
        this.indicators = indicators;
        this.allowedLateness = allowedLateness;
    }

    /**
     * Wires the breaker behind {@code rates} and returns its alerts.
     *
     * @param rates each tenant's overall breakpoint rate per calendar day (re-sent whenever the day's value
     *              changes), carrying the event-time watermarks of the events it was computed from
     */
    public DataStream<Alert> attach(DataStream<DailyBreakpointRate> rates) {
        DataStream<Alert> alerts = rates.keyBy(DailyBreakpointRate::tenantId)
                .process(new CircuitBreaker(settings, indicators.zones(), indicators.slas(), allowedLateness))
                .name("circuit breaker")
                .uid("breaker-circuit");
        sinks.attach(alerts, "alerts");
        return alerts;
    }
}
