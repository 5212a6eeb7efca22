package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Event;
import io.ticketradar.events.Topics;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/**
 * The Kafka ends of the duplicates job: the {@code merge-suggestions} topic (JSON of {@link MergeSuggestionJson},
 * keyed by tenant and duplicate ticket, so a suggestion's versions stay in order) and the merges it makes, as
 * TICKET_MERGED on {@code ticket-events} keyed by ticket like every ticket event.
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

    public static KafkaSink<Event> ticketEvents(String bootstrapServers) {
        return KafkaSink.<Event>builder()
                .setBootstrapServers(bootstrapServers)
                .setRecordSerializer(new EventRecords())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** Named classes, not lambdas: the connector reads the element type from them for lineage. */
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

    private static final class EventRecords implements KafkaRecordSerializationSchema<Event> {
        private static final long serialVersionUID = 1L;

        @Override
        public ProducerRecord<byte[], byte[]> serialize(Event event, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(
                    Topics.TICKET_EVENTS,
                    event.partitionKey().getBytes(StandardCharsets.UTF_8),
                    event.json().getBytes(StandardCharsets.UTF_8));
        }
    }
}
