package io.ticketradar.api;

import io.ticketradar.events.Event;
import io.ticketradar.events.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link EventPublisher} over one shared Kafka producer: topic from {@link Event#topic()}, key
 * {@link Event#partitionKey()} (so one ticket's events stay in order on one partition), value the
 * event's JSON as received. acks=all with idempotence, so an acknowledged event survives a broker
 * failover and a producer retry never writes it twice. The same producer carries people's decisions
 * about patterns to {@link Topics#PATTERN_FEEDBACK} ({@link FeedbackPublisher}), and dispatch rule sets to
 * {@link Topics#DISPATCH_RULES} ({@link DispatchRulesPublisher}) and tenants' policies to {@link Topics#TENANT_POLICIES}
 * ({@link TenantPolicyPublisher}).
 */
public final class KafkaEventPublisher
        implements EventPublisher, FeedbackPublisher, DispatchRulesPublisher, TenantPolicyPublisher, AutoCloseable {

    private static final int LINGER_MS = 5;

    private final KafkaProducer<String, byte[]> producer;
    private final Duration ackTimeout;

    /**
     * @param ackTimeout how long a batch may take, metadata look-up included, before the call fails
     *                   (and the API answers 503); at least 1 s
     */
    public KafkaEventPublisher(String bootstrapServers, Duration ackTimeout) {
        if (ackTimeout.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ackTimeout must be at least 1 s: " + ackTimeout);
        }
        this.ackTimeout = ackTimeout;
        int timeoutMs = Math.toIntExact(ackTimeout.toMillis());
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "ticketradar-api",
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.MAX_REQUEST_SIZE_CONFIG,
                        Topics.MAX_MESSAGE_BYTES,
                        ProducerConfig.LINGER_MS_CONFIG,
                        LINGER_MS,
                        // Kafka requires delivery.timeout >= linger + request.timeout; all three follow ackTimeout.
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        timeoutMs,
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        timeoutMs,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        timeoutMs - LINGER_MS),
                new StringSerializer(),
                new ByteArraySerializer());
    }

    @Override
    public void publish(List<Event> events) throws PublishException {
        send(events.stream()
                .map(event -> new ProducerRecord<>(
                        event.topic(), event.partitionKey(), event.json().getBytes(StandardCharsets.UTF_8)))
                .toList());
    }

    @Override
    public void publishFeedback(String key, String value) throws PublishException {
        send(List.of(new ProducerRecord<>(Topics.PATTERN_FEEDBACK, key, value.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public void publishRules(String tenantId, String message) throws PublishException {
        send(List.of(new ProducerRecord<>(Topics.DISPATCH_RULES, tenantId, message.getBytes(StandardCharsets.UTF_8))));
    }

    @Override
    public void publishPolicy(String tenantId, String message) throws PublishException {
        send(List.of(new ProducerRecord<>(Topics.TENANT_POLICIES, tenantId, message.getBytes(StandardCharsets.UTF_8))));
    }

    /** Sends the records and waits for every acknowledgement, all under one deadline. */
    private void send(List<ProducerRecord<String, byte[]>> records) throws PublishException {
        long deadline = System.nanoTime() + ackTimeout.toNanos();
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        try {
            for (ProducerRecord<String, byte[]> record : records) {
                sent.add(producer.send(record));
            }
            for (Future<RecordMetadata> ack : sent) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (ExecutionException e) {
            throw new PublishException(describe(e.getCause()), e.getCause());
        } catch (TimeoutException e) {
            throw new PublishException("no acknowledgement within " + ackTimeout.toMillis() + " ms", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishException("interrupted while waiting for the broker", e);
        } catch (KafkaException e) { // send() itself throws on some failures, such as a record over max.request.size
            throw new PublishException(describe(e), e);
        }
    }

    private static String describe(Throwable cause) {
        return cause.getMessage() != null
                ? cause.getMessage()
                : cause.getClass().getSimpleName();
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
