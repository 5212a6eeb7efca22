package io.ticketradar.pipelines.alerts;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * Where a job's alerts go: the {@code alerts} table, the {@value AlertTopic#NAME} topic and the tenants' webhooks.
 */
public record AlertSinks(Sink<Alert> table, Sink<Alert> topic, Sink<Alert> webhooks) {

    /** @param uidPrefix the operators' uids start with it, so each job's alert sinks keep their own state */
    public void attach(DataStream<Alert> alerts, String uidPrefix) {
        alerts.sinkTo(table).name("alerts to warehouse").uid(uidPrefix + "-table");
        alerts.sinkTo(topic).name("alerts to topic").uid(uidPrefix + "-topic");
        alerts.sinkTo(webhooks).name("alerts to webhooks").uid(uidPrefix + "-webhooks");
    }
}
