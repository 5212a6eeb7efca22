package io.ticketradar.datasets.replay;

import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.datasets.cli.ReplayCommand;
import io.ticketradar.datasets.dataset.DatasetReader;
import io.ticketradar.datasets.dataset.GeneratedDataset;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The replayer against a real Kafka broker. */
@Tag("stack")
class ReplayerTest {
    @TempDir
    static Path tmp;

    private static EmbeddedKafka kafka;

    @BeforeAll
    static void startKafka() {
        kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
    }

    @AfterAll
    static void stopKafka() {
        kafka.close();
    }

    @Test
    void replaysADataSetInOrderPerKey() throws Exception {
        Path dataset = tmp.resolve("dataset");
        DataGenerator generator = new DataGenerator(
                GeneratorSettings.of(2, LocalDate.of(2025, 1, 6), 3, 40, 9, Scenarios.load("before")));
        GeneratedDataset.write(generator, dataset, new ProgressMeter(System.err, ProgressMeter.Style.NONE, "days"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ReplayCommand.run(
                new String[] {dataset.toString(), "--bootstrap", kafka.bootstrapServers(), "--speed", "max"},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("replayed"), out.toString(StandardCharsets.UTF_8));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("records"), "progress lines go to stderr");

        Map<String, List<byte[]>> expected = new HashMap<>();
        long total = 0;
        try (DatasetReader reader = new DatasetReader(dataset)) {
            while (reader.hasNext()) {
                GeneratedRecord r = reader.next();
                expected.computeIfAbsent(r.topic() + "/" + r.key(), k -> new ArrayList<>())
                        .add(r.value());
                total++;
            }
        }
        Map<String, List<byte[]>> received =
                consumeAll(List.of(Topics.TICKET_EVENTS, Topics.REPAIR_EVENTS, Topics.MASTER_DATA), total);
        assertTrue(
                expected.keySet().stream().anyMatch(k -> k.startsWith(Topics.MASTER_DATA + "/")),
                "the device master data is replayed");
        try (Admin admin = kafka.admin()) {
            ConfigResource master = new ConfigResource(ConfigResource.Type.TOPIC, Topics.MASTER_DATA);
            assertEquals(
                    "compact",
                    admin.describeConfigs(List.of(master))
                            .all()
                            .get()
                            .get(master)
                            .get("cleanup.policy")
                            .value(),
                    "the master-data topic keeps the newest record per device");
        }
        assertEquals(expected.keySet(), received.keySet());
        expected.forEach((key, values) -> {
            List<byte[]> got = received.get(key);
            assertEquals(values.size(), got.size(), key);
            for (int i = 0; i < values.size(); i++) {
                assertArrayEquals(values.get(i), got.get(i), key + " record " + i + " in stream order");
            }
        });
    }

    @Test
    void speedFactorIsHonoured() {
        Instant t0 = Instant.parse("2025-05-01T08:00:00Z");
        List<GeneratedRecord> records = new ArrayList<>();
        for (int i = 0; i <= 30; i++) { // 3 hours of event time
            Instant at = t0.plus(Duration.ofMinutes(6L * i));
            records.add(new GeneratedRecord(
                    "pace-test", "k" + (i % 3), ("{\"n\":" + i + "}").getBytes(StandardCharsets.UTF_8), at, at));
        }
        try (Replayer replayer = new Replayer(kafka.bootstrapServers())) {
            replayer.ensureTopics(List.of("pace-test"), 1);
            ReplaySummary summary = replayer.replay(
                    records.iterator(),
                    Pacing.speed(3600), // 3 h -> 3 s
                    new ProgressMeter(System.err, ProgressMeter.Style.NONE, "records"),
                    records.size(),
                    records.getLast().publishAt(),
                    GeneratorSettings.CHINA);
            double seconds = summary.took().toMillis() / 1000.0;
            assertEquals(31, summary.records());
            assertTrue(seconds >= 2.8 && seconds < 15, "3 h at 3600x took " + seconds + " s");
        }
    }

    @Test
    void noTargetIsAClearError() throws Exception {
        Path dataset = Files.createDirectories(tmp.resolve("empty"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int rc = ReplayCommand.run(
                new String[] {
                    dataset.toString(), "--data-dir", tmp.resolve("nodemo").toString()
                },
                new PrintStream(new ByteArrayOutputStream()),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(1, rc);
        assertTrue(
                err.toString(StandardCharsets.UTF_8).contains("no running demo"), err.toString(StandardCharsets.UTF_8));
        assertEquals(
                2,
                ReplayCommand.run(
                        new String[] {"a", "--speed", "fast"},
                        new PrintStream(new ByteArrayOutputStream()),
                        new PrintStream(new ByteArrayOutputStream())));
    }

    private static Map<String, List<byte[]>> consumeAll(List<String> topics, long expected) {
        Map<String, List<byte[]>> received = new HashMap<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers(),
                        ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 16 * 1024 * 1024,
                        ConsumerConfig.FETCH_MAX_BYTES_CONFIG, 32 * 1024 * 1024),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(t -> consumer.partitionsFor(t).stream().map(p -> new TopicPartition(t, p.partition())))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long count = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (count < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    received.computeIfAbsent(r.topic() + "/" + r.key(), k -> new ArrayList<>())
                            .add(r.value());
                    count++;
                }
            }
            assertEquals(expected, count, "every record arrives once");
        }
        return received;
    }
}
