package io.ticketradar.pipelines.alerts;

import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;

/**
 * Where a job's alerts go: the {@code alerts} table, the {@value AlertTopic#NAME} topic and, addressed by the tenants'
 * policies, their webhooks.
 *
 * @param addressing addresses each alert to its tenant's webhooks in force, learning policy changes from the broadcast
 */
public record AlertSinks(
        Sink<Alert> table,
        Sink<Alert> topic,
        Sink<AddressedAlert> webhooks,
        BroadcastProcessFunction<Alert, String, AddressedAlert> addressing) {

    /**
     * @param policies  the tenants' policy changes, broadcast as the addressing function reads them
     * @param uidPrefix the operators' uids start with it, so each job's alert sinks keep their own state
     */
    public void attach(DataStream<Alert> alerts, BroadcastStream<String> policies, String uidPrefix) {
        alerts.sinkTo(table).name("alerts to warehouse").uid(uidPrefix + "-table");
        alerts.sinkTo(topic).name("alerts to topic").uid(uidPrefix + "-topic");
        alerts.connect(policies)
                .process(addressing)
                .name("alerts addressed by policy")
                .uid(uidPrefix + "-addressed")
                .sinkTo(webhooks)
                .name("alerts to webhooks")
                .uid(uidPrefix + "-webhooks");
    }
}
