package io.ticketradar.pipelines.kafka;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.Event;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TopicEnds;
import io.ticketradar.pipelines.alerts.AlertTopic;
import io.ticketradar.pipelines.dispatch.RuleSetJson;
import io.ticketradar.pipelines.duplicates.DuplicateTopics;
import io.ticketradar.pipelines.patterns.PatternFeedback;
import io.ticketradar.pipelines.patterns.PatternFeeds;
import io.ticketradar.pipelines.patterns.PatternMessage;
import io.ticketradar.pipelines.patterns.TenantNotice;
import io.ticketradar.pipelines.policy.TenantPolicyJson;
import io.ticketradar.pipelines.records.SourceRecord;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.KafkaSourceBuilder;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/** The Kafka ends of the jobs, configured from {@link PipelineSettings}. */
public final class KafkaConnectors {

    private static final String MAX_MESSAGE_BYTES = String.valueOf(Topics.MAX_MESSAGE_BYTES);

    /**
     * Every topic the jobs read or write, with the partitions an embedded broker gives it: several for the events, so
     * per-partition ordering and source idleness are exercised as in production. A source on a missing topic fails
     * the job, so whoever starts a broker for the jobs creates these.
     */
    public static final Map<String, Integer> TOPICS = Map.ofEntries(
            Map.entry(Topics.TICKET_EVENTS, 4),
            Map.entry(Topics.REPAIR_EVENTS, 2),
            Map.entry(Topics.MASTER_DATA, 2),
            Map.entry(Topics.DEAD_LETTERS, 1),
            Map.entry(AlertTopic.NAME, 1),
            Map.entry(Topics.PATTERN_FEEDBACK, 1),
            Map.entry(PatternFeeds.RD_FEED, 1),
            Map.entry(PatternFeeds.DISPATCH_HINTS, 1),
            Map.entry(DuplicateTopics.MERGE_SUGGESTIONS, 1),
            Map.entry(RuleSetJson.TOPIC, 1),
            Map.entry(TenantPolicyJson.TOPIC, 1));

    /** The topics whose newest record per key is the whole state: kept for ever, compacted (as docker/kafka creates them). */
    public static final Set<String> COMPACTED = Set.of(
            Topics.MASTER_DATA,
            Topics.PATTERN_FEEDBACK,
            DuplicateTopics.MERGE_SUGGESTIONS,
            RuleSetJson.TOPIC,
            TenantPolicyJson.TOPIC);

    private KafkaConnectors() {}

    /** Ticket and repair events, resuming from the group's committed offsets (earliest for a new group). */
    public static KafkaSource<SourceRecord> eventSource(PipelineSettings settings) {
        return events(settings)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .build();
    }

    /** Every ticket and repair event the topics hold now, from their start; ends there (benchmarks). */
    public static KafkaSource<SourceRecord> eventsUntilNow(PipelineSettings settings) {
        return events(settings)
                .setStartingOffsets(OffsetsInitializer.earliest())
                .setBounded(OffsetsInitializer.latest())
                .build();
    }

    private static KafkaSourceBuilder<SourceRecord> events(PipelineSettings settings) {
        Properties props = new Properties();
        props.setProperty("partition.discovery.interval.ms", "30000");
        props.setProperty("max.partition.fetch.bytes", MAX_MESSAGE_BYTES);
        props.setProperty("fetch.max.bytes", String.valueOf(64 * 1024 * 1024));
        return KafkaSource.<SourceRecord>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(List.of(Topics.TICKET_EVENTS, Topics.REPAIR_EVENTS, Topics.MASTER_DATA))
                .setGroupId(settings.consumerGroup() + "-ingest")
                .setDeserializer(new SourceRecordDeserializer())
                .setProperties(props);
    }

    public static KafkaSink<DeadLetter> deadLetterTopic(PipelineSettings settings) {
        Properties props = new Properties();
        props.setProperty("max.request.size", MAX_MESSAGE_BYTES);
        return KafkaSink.<DeadLetter>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(new DeadLetterRecords())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .setKafkaProducerConfig(props)
                .build();
    }

    /** Every topic end of the jobs on the configured brokers. */
    public static TopicEnds topicEnds(PipelineSettings settings) {
        return new TopicEnds(
                deadLetterTopic(settings),
                AlertTopic.sink(settings.bootstrapServers()),
                patternTopic(settings, PatternFeeds.RD_FEED, true),
                patternTopic(settings, PatternFeeds.DISPATCH_HINTS, false),
                patternFeedback(settings),
                DuplicateTopics.suggestions(settings.bootstrapServers()),
                productEvents(settings),
                stateTopic(settings, RuleSetJson.TOPIC),
                stateTopic(settings, TenantPolicyJson.TOPIC));
    }

    /**
     * A compacted topic of state messages as text (rule sets, policies), from its start the first time (every key's
     * newest), then from committed offsets; the reader validates each message.
     */
    public static KafkaSource<String> stateTopic(PipelineSettings settings, String topic) {
        return KafkaSource.<String>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(topic)
                .setGroupId(settings.consumerGroup() + "-" + topic)
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new TextValues())
                .build();
    }

    /**
     * The events the product writes itself (TICKET_MERGED of duplicates, TICKET_ASSIGNED with auto: true), to their
     * topic and keyed like every event, so ingest reads them back as any other.
     */
    static KafkaSink<Event> productEvents(PipelineSettings settings) {
        return KafkaSink.<Event>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(new EventRecords())
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** A pattern feed: the pattern's JSON for R&D, its hints for dispatch, keyed by tenant. */
    static KafkaSink<PatternMessage> patternTopic(PipelineSettings settings, String topic, boolean research) {
        return KafkaSink.<PatternMessage>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setRecordSerializer(new PatternRecords(topic, research))
                .setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE)
                .build();
    }

    /** People's decisions on patterns, from the start of the topic the first time, then from committed offsets. */
    static KafkaSource<TenantNotice> patternFeedback(PipelineSettings settings) {
        return KafkaSource.<TenantNotice>builder()
                .setBootstrapServers(settings.bootstrapServers())
                .setTopics(Topics.PATTERN_FEEDBACK)
                .setGroupId(settings.consumerGroup() + "-pattern-feedback")
                .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
                .setDeserializer(new PatternFeedback())
                .build();
    }

    /** A named class, not lambdas: the connector reads the element type from it for lineage. */
    private static final class PatternRecords implements KafkaRecordSerializationSchema<PatternMessage> {
        private static final long serialVersionUID = 1L;
        private final String topic;
        private final boolean research;

        PatternRecords(String topic, boolean research) {
            this.topic = topic;
            this.research = research;
        }

        @Override
        public ProducerRecord<byte[], byte[]> serialize(
                PatternMessage message, KafkaSinkContext context, Long timestamp) {
            String value =
                    research ? PatternFeeds.research(message.pattern()) : PatternFeeds.dispatch(message.pattern());
            return new ProducerRecord<>(
                    topic, message.tenantId().getBytes(StandardCharsets.UTF_8), value.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** A named class, not a lambda: the connector reads the element type from it for lineage. */
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
}
