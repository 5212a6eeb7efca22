package io.ticketradar.broker;

import io.ticketradar.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("stack")
class EmbeddedKafkaTest {

    @TempDir
    Path dir;

    @Test
    void producesAndConsumesAndKeepsRecordsAcrossARestart() throws Exception {
        byte[] big = new byte[2 * 1024 * 1024]; // over Kafka's 1 MiB default: oversize events must reach the DLQ
        try (EmbeddedKafka kafka = EmbeddedKafka.start(dir)) {
            kafka.createTopics(Map.of("t", 2));
            kafka.createTopics(Map.of("t", 2)); // idempotent
            try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerProps(kafka))) {
                for (int i = 0; i < 100; i++) {
                    producer.send(new ProducerRecord<>(
                            "t", ("k" + i).getBytes(), ("v" + i).getBytes(StandardCharsets.UTF_8)));
                }
                producer.send(new ProducerRecord<>("t", "big".getBytes(), big)).get();
            }
            assertEquals(101, readAll(kafka, "t").size());
        }
        try (EmbeddedKafka again = EmbeddedKafka.start(dir)) {
            assertTrue(again.isUp());
            List<ConsumerRecord<byte[], byte[]>> records = readAll(again, "t");
            assertEquals(101, records.size(), "records survive a restart on the same log directory");
            assertTrue(records.stream().anyMatch(r -> r.value().length == big.length));
        }
    }

    @Test
    void reportsDownAfterClose() {
        EmbeddedKafka kafka = EmbeddedKafka.start(dir);
        kafka.close();
        assertFalse(kafka.isUp());
    }

    private static Properties producerProps(EmbeddedKafka kafka) {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
        p.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, Topics.MAX_MESSAGE_BYTES);
        return p;
    }

    private static List<ConsumerRecord<byte[], byte[]>> readAll(EmbeddedKafka kafka, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "reader-" + System.nanoTime());
        List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(p)) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 20_000;
            int quietPolls = 0;
            while (System.currentTimeMillis() < deadline && quietPolls < 3) {
                var batch = consumer.poll(Duration.ofMillis(500));
                batch.forEach(out::add);
                quietPolls = batch.isEmpty() && !out.isEmpty() ? quietPolls + 1 : 0;
            }
        }
        return out;
    }
}
