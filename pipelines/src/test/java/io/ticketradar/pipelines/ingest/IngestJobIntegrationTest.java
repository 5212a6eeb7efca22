package io.ticketradar.pipelines.ingest;

import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.Checkpoints;
import io.ticketradar.pipelines.FlinkEnvironments;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.ingest.IngestFixtures.Fixture;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.pipelines.testing.MiniClusters;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The ingest job on the real stack: a Kafka broker in-process, a Flink MiniCluster and the embedded
 * warehouse. Proves that each valid event is stored once, each invalid one reaches the dead-letter
 * topic with its reason, and that a job killed and restored from its checkpoint, fed the same input
 * again, still stores each event once.
 */
class IngestJobIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    private static EmbeddedKafka kafka;
    private static Warehouse warehouse;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void startInfrastructure() {
        kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
        kafka.createTopics(KafkaConnectors.TOPICS);
        warehouse = TestWarehouses.open();
    }

    @AfterAll
    static void stopInfrastructure() {
        if (warehouse != null) {
            warehouse.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void storesEachValidEventOnceDeadLettersTheRestAndSurvivesRestoreAndReplay() throws Exception {
        PipelineSettings settings = PipelineSettings.defaults(
                        kafka.bootstrapServers(),
                        TestWarehouses.config(warehouse.database()),
                        tmp.resolve("checkpoints"))
                .withConsumerGroup("ingest-it")
                .withCheckpointInterval(Duration.ofMillis(500));
        List<Fixture> input = IngestFixtures.scenario();
        assertEquals(1000, input.size());

        produce(input);
        JobClient job = start(settings, Optional.empty());
        awaitConsumed(settings, Duration.ofMinutes(3));

        assertEquals(930L, count("SELECT count() AS n FROM ticket_events FINAL"));
        assertEquals(930L, count("SELECT count() AS n FROM ticket_events"), "repeats never reach the table");
        assertEquals(IngestFixtures.INVALID, deadLettersByReason());
        assertEquals(
                50L, count("SELECT count() AS n FROM dead_letters FINAL WHERE source_topic = ?", Topics.TICKET_EVENTS));
        assertEquals(50, dlqTopicSources());
        assertEquals(
                count("SELECT count() AS n FROM ticket_events FINAL WHERE event_type = 'TICKET_CREATED'"),
                count(
                        "SELECT count() AS n FROM ticket_events FINAL WHERE payload LIKE ?",
                        "%\"crm_extra_field\":\"kept\"%"),
                "unknown extra fields are kept in the stored payload");

        // Kill the job, restore it from its last checkpoint and replay the very same input.
        job.cancel().get(1, TimeUnit.MINUTES);
        Path checkpoint = Checkpoints.latest(settings.checkpointDir()).orElseThrow();
        produce(input);
        JobClient restored = start(settings, Optional.of(checkpoint.toUri().toString()));
        awaitConsumed(settings, Duration.ofMinutes(3));
        restored.cancel().get(1, TimeUnit.MINUTES);

        assertEquals(930L, count("SELECT count() AS n FROM ticket_events FINAL"));
        assertEquals(
                930L,
                count("SELECT count() AS n FROM ticket_events"),
                "restored de-duplication state drops every replayed event before the table");
        assertEquals(100, dlqTopicSources(), "replayed invalid records are new records and are dead-lettered again");
    }

    private static JobClient start(PipelineSettings settings, Optional<String> restoreFrom) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                FlinkEnvironments.configuration(settings, restoreFrom));
        env.setParallelism(2);
        TicketRadarJobs.attach(env, settings);
        return env.executeAsync("ingest-it");
    }

    private static void produce(List<Fixture> fixtures) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (Fixture f : fixtures) {
                producer.send(new ProducerRecord<>(f.topic(), f.key(), f.value()));
            }
            producer.flush();
        }
    }

    /** Waits until the job committed offsets at the end of every input partition: all it read is checkpointed and stored. */
    private static void awaitConsumed(PipelineSettings settings, Duration timeout) throws Exception {
        String group = settings.consumerGroup() + "-ingest";
        try (Admin admin = kafka.admin()) {
            await(timeout, () -> {
                try {
                    Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                            .partitionsToOffsetAndMetadata()
                            .get();
                    Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
                    for (String topic : List.of(Topics.TICKET_EVENTS, Topics.REPAIR_EVENTS)) {
                        admin.describeTopics(List.of(topic))
                                .allTopicNames()
                                .get()
                                .get(topic)
                                .partitions()
                                .forEach(p -> ends.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
                    }
                    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> latest =
                            admin.listOffsets(ends).all().get();
                    return latest.entrySet().stream()
                            .allMatch(e -> committed.containsKey(e.getKey())
                                    && committed.get(e.getKey()).offset()
                                            >= e.getValue().offset());
                } catch (Exception e) {
                    return false;
                }
            });
        }
    }

    private static Map<RejectionReason, Integer> deadLettersByReason() {
        return warehouse.query("SELECT reason, count() AS n FROM dead_letters FINAL GROUP BY reason").stream()
                .collect(Collectors.toMap(
                        r -> RejectionReason.valueOf((String) r.get("reason")), r -> ((Number) r.get("n")).intValue()));
    }

    /**
     * The distinct source records on the dead-letter topic. The topic is written at least once, so a
     * restart may repeat a dead letter; each carries its source coordinates for consumers to de-duplicate.
     */
    private static int dlqTopicSources() throws Exception {
        TopicPartition dlq = new TopicPartition(Topics.DEAD_LETTERS, 0);
        long end;
        try (Admin admin = kafka.admin()) {
            end = admin.listOffsets(Map.of(dlq, OffsetSpec.latest()))
                    .all()
                    .get()
                    .get(dlq)
                    .offset();
        }
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        Set<String> sources = new HashSet<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.assign(List.of(dlq));
            consumer.seekToBeginning(List.of(dlq));
            while (consumer.position(dlq) < end) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    DeadLetter letter = DeadLetter.fromJson(r.value());
                    assertTrue(letter.detail() != null && !letter.detail().isBlank(), "every dead letter says why");
                    sources.add(letter.sourceTopic() + "/" + letter.sourcePartition() + "@" + letter.sourceOffset());
                }
            }
        }
        return sources.size();
    }

    private static long count(String sql, Object... args) {
        return ((Number) warehouse.query(sql, args).getFirst().get("n")).longValue();
    }

    private static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within " + timeout);
            Thread.sleep(250);
        }
    }
}
