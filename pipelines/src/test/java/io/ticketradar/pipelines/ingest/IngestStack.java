package io.ticketradar.pipelines.ingest;

import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.ingest.IngestFixtures.Fixture;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
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
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The real stack of the ingest tests, started before a test class's tests and stopped after them
 * ({@code @RegisterExtension static final IngestStack STACK = new IngestStack();}): a Kafka broker in-process with the
 * jobs' topics and an isolated embedded warehouse, in a folder of its own, and how the tests feed the one and read
 * both. The Flink MiniCluster is the test class's extension.
 */
final class IngestStack implements BeforeAllCallback, AfterAllCallback {

    private Path dir;
    private EmbeddedKafka kafka;
    private Warehouse warehouse;

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        dir = Files.createTempDirectory("ingest-stack");
        kafka = EmbeddedKafka.start(dir.resolve("kafka"));
        kafka.createTopics(KafkaConnectors.TOPICS, KafkaConnectors.COMPACTED);
        warehouse = TestWarehouses.open();
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        try {
            try {
                warehouse.close();
            } finally {
                kafka.close();
            }
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** The jobs' settings on this stack, with frequent checkpoints so that offsets are committed soon. */
    PipelineSettings settings(String consumerGroup) {
        return PipelineSettings.defaults(
                        kafka.bootstrapServers(),
                        TestWarehouses.config(warehouse.database()),
                        dir.resolve("checkpoints").resolve(consumerGroup))
                .withConsumerGroup(consumerGroup)
                .withCheckpointInterval(Duration.ofMillis(500));
    }

    /** Starts every job, as the application does, on the test's MiniCluster. */
    JobClient start(PipelineSettings settings, Configuration configuration, String name) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(configuration);
        env.setParallelism(2);
        TicketRadarJobs.attach(env, settings);
        return env.executeAsync(name);
    }

    /** Sends the records in order; returns where each landed, in the same order. */
    List<RecordMetadata> produce(List<Fixture> fixtures) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
            for (Fixture f : fixtures) {
                sent.add(producer.send(new ProducerRecord<>(f.topic(), f.key(), f.value())));
            }
            producer.flush();
        }
        List<RecordMetadata> landed = new ArrayList<>();
        for (Future<RecordMetadata> s : sent) {
            landed.add(s.get());
        }
        return landed;
    }

    /**
     * Waits until the job committed offsets at the end of every input partition: all it read is checkpointed and
     * stored. Fails at once, with the job's failure, when the job ended instead.
     */
    void awaitConsumed(PipelineSettings settings, Duration timeout, JobClient job) throws Exception {
        String group = settings.consumerGroup() + "-ingest";
        try (Admin admin = kafka.admin()) {
            await(timeout, () -> {
                assertStillRunning(job);
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

    /** Fails with the job's own failure when it is no longer running. */
    static void assertStillRunning(JobClient job) {
        try {
            JobStatus status = job.getJobStatus().get(30, TimeUnit.SECONDS);
            if (status.isGloballyTerminalState()) {
                Throwable failure = job.getJobExecutionResult()
                        .handle((result, error) -> error)
                        .get(30, TimeUnit.SECONDS);
                throw new AssertionError("the job is " + status, failure);
            }
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("the job's status is unknown", e);
        }
    }

    /**
     * Every record on the dead-letter topic, in order. The topic is written at least once, so a restart may repeat a
     * dead letter; each carries its source coordinates for consumers to de-duplicate.
     */
    List<DeadLetter> deadLetters() throws Exception {
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
        p.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, Topics.MAX_MESSAGE_BYTES);
        List<DeadLetter> letters = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.assign(List.of(dlq));
            consumer.seekToBeginning(List.of(dlq));
            while (consumer.position(dlq) < end) {
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    letters.add(DeadLetter.fromJson(r.value()));
                }
            }
        }
        return letters;
    }

    List<Map<String, Object>> query(String sql, Object... args) {
        return warehouse.query(sql, args);
    }

    long count(String sql, Object... args) {
        return ((Number) query(sql, args).getFirst().get("n")).longValue();
    }

    static void await(Duration timeout, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "condition not met within " + timeout);
            Thread.sleep(250);
        }
    }
}
