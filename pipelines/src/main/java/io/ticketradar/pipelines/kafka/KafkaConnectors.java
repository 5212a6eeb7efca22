package io.ticketradar.pipelines.kafka;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.records.SourceRecord;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

import java.util.List;
import java.util.Properties;

/** The Kafka ends of the jobs, configured from {@link PipelineSettings}. */
public final class KafkaConnectors {

    private static final String MAX_MESSAGE_BYTES = String.valueOf(Topics.MAX_MESSAGE_BYTES);

    private KafkaConnectors() {}

    /** Ticket and repair events, resuming from the group's committed offsets (earliest for a new group). */
    public static KafkaSource<SourceRecord> eventSource(PipelineSettings settings) {
        Properties props = new Properties();
        props.setProperty("partition.discovery.interval.ms", "30000");
        props.setProperty("max.partition.fetch.bytes", MAX_MESSAGE_BYTES);
        props.setProperty("fetch.max.bytes", String.valueOf(64 * 1024 * 1024));
        return KafkaSource.<SourceRecord>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(List.of(Topics.TICKET_EVENTS, Topics.REPAIR_EVENTS, Topics.MASTER_DATA))
                .setGroupId(settings.consumerGroup() + "-ingest")
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new SourceRecordDeserializer())
                .setProperties(props)
                .build();
    }

    public static KafkaSink<DeadLetter> deadLetterTopic(PipelineSettings settings) {
        Properties props = new Properties();
        props.setProperty("max.request.size", MAX_MESSAGE_BYTES);
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(KafkaRecordSerializationSchema.<DeadLetter>builder()
                        .setTopic(Topics.DEAD_LETTERS)
                        .setValueSerializationSchema(new DeadLetterSerializer())
                        .build())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setKafkaProducerConfig(props)
                .build();
    }
}
