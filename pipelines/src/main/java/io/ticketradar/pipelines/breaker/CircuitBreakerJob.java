package io.ticketradar.pipelines.breaker;

import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertSinks;
import io.ticketradar.pipelines.alerts.AlertTopic;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;

import java.time.Duration;

/**
 * The circuit-breaker job: daily breakpoint rates -> {@link CircuitBreaker} -> alerts into the {@code alerts}
 * table, onto the {@value AlertTopic#NAME} topic and to the tenants' webhooks.
 */
public final class CircuitBreakerJob {

    private CircuitBreakerJob() {}

    /**
     * Wires the breaker behind {@code rates} and returns its alerts.
     *
     * @param rates           each tenant's overall breakpoint rate per calendar day (re-sent whenever the day's
     *                        value changes), carrying the event-time watermarks of the events it was computed from
     * @param allowedLateness how long after a day's end + 4 h late events may still change the day's rate: the
     *                        breaker judges the day then, and ignores (counts) later values. Not the indicators'
     *                        correction horizon: their rows stay correctable for weeks, an intake pause cannot wait
     * @param alertTopic      where alerts are published ({@link AlertTopic#sink} in production)
     */
    public static DataStream<Alert> attach(
            DataStream<DailyBreakpointRate> rates,
            PipelineSettings settings,
            Duration allowedLateness,
            Sink<Alert> alertTopic) {
        DataStream<Alert> alerts = rates.keyBy(DailyBreakpointRate::tenantId)
                .process(new CircuitBreaker(
                        settings.alerts(), settings.indicators().zones(), allowedLateness))
                .name("circuit breaker")
                .uid("breaker-circuit");
        AlertSinks.attach(alerts, settings, alertTopic, "alerts");
        return alerts;
    }
}
