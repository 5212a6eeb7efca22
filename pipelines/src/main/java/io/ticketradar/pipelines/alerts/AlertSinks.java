package io.ticketradar.pipelines.alerts;

import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;

/** Where a job's alerts go: the {@code alerts} table, the {@value AlertTopic#NAME} topic and the tenants' webhooks. */
public final class AlertSinks {

    private AlertSinks() {}

    /** @param uidPrefix the operators' uids start with it, so each job's alert sinks keep their own state */
    public static void attach(
            DataStream<Alert> alerts, PipelineSettings settings, Sink<Alert> topic, String uidPrefix) {
        alerts.sinkTo(new WarehouseSink<>(
                        settings.warehouse(), AlertRows.TABLE, new AlertRows(), settings.sinkBatchSize()))
                .name("alerts to warehouse")
                .uid(uidPrefix + "-table");
        alerts.sinkTo(topic).name("alerts to topic").uid(uidPrefix + "-topic");
        alerts.sinkTo(new WebhookSink(settings.alerts()))
                .name("alerts to webhooks")
                .uid(uidPrefix + "-webhooks");
    }
}
