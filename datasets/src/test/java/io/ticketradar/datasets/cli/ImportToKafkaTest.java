package io.ticketradar.datasets.cli;

import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The import into a real Kafka broker, found the way the running demo is found (stack.properties). */
@Tag("stack")
class ImportToKafkaTest {
    @TempDir
    Path tmp;

    @Test
    void theEventLogSampleArrivesOnTheTicketTopicKeyedByTicket() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"))) {
            Path dataDir = Files.createDirectories(tmp.resolve("data"));
            Files.writeString(
                    dataDir.resolve("stack.properties"), "bootstrap.servers=" + kafka.bootstrapServers() + "\n");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int rc = ImportCommand.run(
                    new String[] {
                        ImportCommandTest.SAMPLES
                                .resolve("servicenow-events.csv")
                                .toString(),
                        "--mapping",
                        ImportCommandTest.SAMPLES
                                .resolve("servicenow-events.mapping.yaml")
                                .toString(),
                        "--tenant",
                        "demo",
                        "--data-dir",
                        dataDir.toString()
                    },
                    new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(0, rc, err.toString(StandardCharsets.UTF_8));
            String summary = out.toString(StandardCharsets.UTF_8);
            assertTrue(summary.contains("published"), summary);

            List<Event> events = consume(kafka.bootstrapServers(), 38);
            assertEquals(5, events.stream().map(Event::ticketId).distinct().count());
            assertTrue(events.stream().allMatch(e -> e.tenantId().equals("demo")));
        }
    }

    private static List<Event> consume(String bootstrap, int expected) {
        EventCodec codec = new EventCodec();
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap),
                new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.TICKET_EVENTS).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (events.size() < expected && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Event event = assertInstanceOf(Decoded.Valid.class, codec.decode(record.value()))
                            .event();
                    assertEquals(event.ticketId(), record.key());
                    events.add(event);
                }
            }
        }
        assertEquals(expected, events.size(), "every imported event arrives once");
        return events;
    }
}
