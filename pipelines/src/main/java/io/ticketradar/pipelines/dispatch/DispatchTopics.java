package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.Event;
import io.ticketradar.pipelines.PipelineSettings;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;

/** The Kafka ends of the dispatch job: the rules it reads, the assignments it writes to the ticket events. */
public final class DispatchTopics {

    private DispatchTopics() {}

    /** Rule sets, from the start of the compacted topic the first time (every tenant's newest), then committed. */
    public static KafkaSource<String> rules(PipelineSettings settings) {
        return KafkaSource.<String>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(RuleSetJson.TOPIC)
                .setGroupId(settings.consumerGroup() + "-dispatch-rules")
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new RuleMessages())
                .build();
    }

    /** TICKET_ASSIGNED events to {@code ticket-events}, keyed by ticket like every ticket event. */
    public static KafkaSink<Event> assignments(PipelineSettings settings) {
        return KafkaSink.<Event>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(new EventRecords())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** A named class, not lambdas: the connector reads the element type from it for lineage. */
    private static final class EventRecords implements KafkaRecordSerializationSchema<Event> {
        private static final long serialVersionUID = 1L;

        @Override
        public ProducerRecord<byte[], byte[]> serialize(Event event, KafkaSinkContext context, Long timestamp) {
            return new ProducerRecord<>(
                    event.topic(),
                    event.partitionKey().getBytes(StandardCharsets.UTF_8),
                    event.json().getBytes(StandardCharsets.UTF_8));
        }
    }

    /** The value as text; the dispatcher validates it (a bad one is logged and skipped there). */
    private static final class RuleMessages implements KafkaRecordDeserializationSchema<String> {
        private static final long serialVersionUID = 1L;

        @Override
        public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<String> out) {
            if (record.value() != null) {
                out.collect(new String(record.value(), StandardCharsets.UTF_8));
            }
        }

        @Override
        public TypeInformation<String> getProducedType() {
            return TypeInformation.of(String.class);
        }
    }
}
