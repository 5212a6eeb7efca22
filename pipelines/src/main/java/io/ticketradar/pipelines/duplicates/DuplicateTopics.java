package io.ticketradar.pipelines.duplicates;

import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * The Kafka ends of the duplicates job: the {@code merge-suggestions} topic (JSON of {@link MergeSuggestionJson},
 * keyed by tenant and duplicate ticket, so a suggestion's versions stay in order). The merges it makes go to
 * {@link io.ticketradar.pipelines.kafka.KafkaConnectors#productEvents}.
 */
public final class DuplicateTopics {

    public static final String MERGE_SUGGESTIONS = "merge-suggestions";

    private DuplicateTopics() {}

    public static KafkaSink<MergeSuggestion> suggestions(String bootstrapServers) {
        return KafkaSink.<MergeSuggestion>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(new SuggestionRecords())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** A named class, not a lambda: the connector reads the element type from them for lineage. */
    private static final class SuggestionRecords implements KafkaRecordSerializationSchema<MergeSuggestion> {
        private static final long serialVersionUID = 1L;

        @Override
        public ProducerRecord<byte[], byte[]> serialize(MergeSuggestion s, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(
                    MERGE_SUGGESTIONS,
                    (s.tenantId() + "|" + s.ticketId()).getBytes(StandardCharsets.UTF_8),
                    MergeSuggestionJson.topicValue(s).getBytes(StandardCharsets.UTF_8));
        }
    }
}
