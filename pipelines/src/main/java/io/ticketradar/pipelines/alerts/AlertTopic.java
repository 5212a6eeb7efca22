package io.ticketradar.pipelines.alerts;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * The Kafka topic of alerts: {@link AlertJson} values keyed by tenant, so one tenant's alerts stay in order.
 * Delivery is at-least-once; consumers de-duplicate on {@code alert_id}.
 */
public final class AlertTopic {

    /** Kept here rather than in the events module: alerts are produced by the jobs, not part of the ingest contract. */
    public static final String NAME = "alerts";

    private AlertTopic() {}

    public static KafkaSink<Alert> sink(String bootstrapServers) {
        return KafkaSink.<Alert>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(new AlertRecords())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** A named class, not lambdas: the connector reads the element type from it for lineage. */
    private static final class AlertRecords implements KafkaRecordSerializationSchema<Alert> {

        private static final long serialVersionUID = 1L;

        @Override
        public ProducerRecord<byte[], byte[]> serialize(Alert alert, KafkaSinkContext context, Long timestamp) {
            // No record timestamp: the alert's event time may be older than the topic's retention.
            return new ProducerRecord<>(
                    NAME,
                    alert.tenantId().getBytes(StandardCharsets.UTF_8),
                    AlertJson.toJson(alert).getBytes(StandardCharsets.UTF_8));
        }
    }
}
