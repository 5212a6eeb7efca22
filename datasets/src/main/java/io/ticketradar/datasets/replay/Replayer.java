package io.ticketradar.datasets.replay;

import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.progress.ProgressMeter;
import io.ticketradar.events.Topics;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Publishes records to Kafka in stream order, paced by their publish time: topic and key from the
 * record, acks=all and idempotence so a record is neither lost nor doubled by a retry, and per-key
 * order kept. Takes a data set's records or the generator's endless stream alike.
 */
public final class Replayer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replayer.class);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final String bootstrapServers;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    public Replayer(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        // One request in flight: a batch retried after a just-created partition's first error must not
                        // land
                        // behind the batches sent after it (seen on a fresh single-node KRaft broker as out-of-order
                        // sequences).
                        ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION,
                        1,
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        Topics.MAX_MESSAGE_BYTES,
                        ProducerConfig.LINGER_MS_CONFIG,
                        20,
                        ProducerConfig.BATCH_SIZE_CONFIG,
                        256 * 1024,
                        ProducerConfig.BUFFER_MEMORY_CONFIG,
                        64L * 1024 * 1024,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "ticketradar-replay"),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    /** Creates the topics that do not exist yet (a fresh broker does not create them on first use). */
    public void ensureTopics(Collection<String> topics, int partitions) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            var missing = topics.stream()
                    .filter(t -> !existing.contains(t))
                    .map(t -> new NewTopic(t, partitions, (short) -1).configs(configs(t)))
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                LOG.warn(
                        "could not create topics {}: {}; publishing anyway",
                        topics,
                        e.getCause().getMessage());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // replay() sees the flag and stops before sending
            LOG.warn("interrupted while checking topics {}", topics);
        } catch (Exception e) {
            LOG.warn("could not check topics {}: {}; publishing anyway", topics, e.getMessage());
        }
    }

    /** Every topic takes the largest records; master data keeps the newest record per key (compacted). */
    private static Map<String, String> configs(String topic) {
        String maxBytes = String.valueOf(Topics.MAX_MESSAGE_BYTES);
        return Topics.MASTER_DATA.equals(topic)
                ? Map.of("max.message.bytes", maxBytes, "cleanup.policy", "compact")
                : Map.of("max.message.bytes", maxBytes);
    }

    /**
     * Sends until the records run out (or the thread is interrupted, for an endless stream).
     *
     * @param total  records expected, for the progress bar, or -1
     * @param lastAt publish time of the last record, for the ETA of a paced replay, or null
     */
    public ReplaySummary replay(
            Iterator<GeneratedRecord> records,
            Pacing pacing,
            ProgressMeter progress,
            long total,
            Instant lastAt,
            ZoneId zone) {
        long started = System.nanoTime();
        Map<String, Long> byTopic = new TreeMap<>();
        long sent = 0;
        Instant first = null;
        Instant current = null;
        try {
            while (records.hasNext() && !Thread.currentThread().isInterrupted()) {
                GeneratedRecord record = records.next();
                pacing.awaitTurn(record.publishAt());
                checkFailure();
                producer.send(new ProducerRecord<>(record.topic(), record.key(), record.value()), (metadata, e) -> {
                    if (e != null) {
                        failure.compareAndSet(null, e);
                    }
                });
                sent++;
                byTopic.merge(record.topic(), 1L, Long::sum);
                first = first == null ? record.publishAt() : first;
                current = record.publishAt();
                progress.update(
                        sent,
                        total,
                        "event time " + MINUTE.format(current.atZone(zone)),
                        lastAt == null ? null : pacing.remaining(current, lastAt));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        producer.flush();
        checkFailure();
        ReplaySummary summary =
                new ReplaySummary(sent, byTopic, first, current, Duration.ofNanos(System.nanoTime() - started));
        progress.finish(
                sent,
                total,
                current == null ? null : "event time " + MINUTE.format(current.atZone(zone)),
                summary.toString());
        return summary;
    }

    private void checkFailure() {
        Exception e = failure.get();
        if (e != null) {
            throw new IllegalStateException("Kafka at " + bootstrapServers + " refused a record: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(30));
    }
}
