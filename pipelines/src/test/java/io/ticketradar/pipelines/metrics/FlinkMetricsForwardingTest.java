package io.ticketradar.pipelines.metrics;

import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.core.execution.JobClient;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The application started the way the app starts it ({@link TicketRadarJobs#start}: its own MiniCluster, configured
 * by FlinkEnvironments) against a real broker and warehouse: its metrics reach {@link PipelineMetrics} with live
 * values while it runs, and leave when it stops.
 */
@Tag("stack")
class FlinkMetricsForwardingTest {

    private static final int VALID = 40;
    private static final int MALFORMED = 3;

    @TempDir
    Path tmp;

    @Test
    void aRunningJobsRecordsDeadLettersLagCheckpointsAndWatermarksAppear() throws Exception {
        Set<PipelineMetric> seen = ConcurrentHashMap.newKeySet();
        PipelineMetrics.Listener listener = new PipelineMetrics.Listener() {
            @Override
            public void added(PipelineMetric metric) {
                seen.add(metric);
            }

            @Override
            public void removed(PipelineMetric metric) {
                seen.remove(metric);
            }
        };
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
                Warehouse warehouse = TestWarehouses.open();
                AutoCloseable subscription = PipelineMetrics.subscribe(listener)) {
            kafka.createTopics(KafkaConnectors.TOPICS, KafkaConnectors.COMPACTED);
            produce(kafka.bootstrapServers());
            PipelineSettings settings = PipelineSettings.defaults(
                            kafka.bootstrapServers(),
                            TestWarehouses.config(warehouse.database()),
                            tmp.resolve("checkpoints"))
                    .withConsumerGroup("metrics-test")
                    .withCheckpointInterval(Duration.ofMillis(500));

            JobClient job = TicketRadarJobs.start(settings);
            try {
                await(
                        seen,
                        m -> m.name().equals("ticketradar.flink.dead.letters")
                                && "MALFORMED_JSON".equals(m.labels().get("reason"))
                                && m.value().getAsDouble() == MALFORMED);
                await(
                        seen,
                        m -> m.name().equals("ticketradar.flink.records.in")
                                && m.value().getAsDouble() >= VALID + MALFORMED);
                await(
                        seen,
                        m -> m.name().equals("ticketradar.flink.checkpoints.completed")
                                && m.value().getAsDouble() >= 1);
                PipelineMetric age = await(
                        seen,
                        m -> m.name().equals("ticketradar.flink.checkpoint.age")
                                && !Double.isNaN(m.value().getAsDouble()));
                assertTrue(age.value().getAsDouble() >= 0 && age.value().getAsDouble() < 60, "age " + age);
                assertEquals(Map.of("job", TicketRadarJobs.APPLICATION_NAME), age.labels());
                assertTrue(await(seen, m -> m.name().equals("ticketradar.flink.checkpoint.duration"))
                                .value()
                                .getAsDouble()
                        >= 0);
                PipelineMetric lag = await(
                        seen,
                        m -> m.name().equals("ticketradar.flink.kafka.consumer.lag")
                                && m.value().getAsDouble() == 0);
                assertTrue(
                        lag.labels().get("operator").contains("Source"),
                        lag.labels().toString());
                PipelineMetric watermark = await(
                        seen,
                        m -> m.name().equals("ticketradar.flink.watermark.lag")
                                && !Double.isNaN(m.value().getAsDouble()));
                assertTrue(watermark.value().getAsDouble() > 0, "the events are from 2026-01-05: " + watermark);
                for (PipelineMetric metric : seen) {
                    assertTrue(metric.labels().containsKey("job"), metric.toString());
                }
            } finally {
                job.cancel().get(1, TimeUnit.MINUTES);
                job.getJobExecutionResult().handle((result, failure) -> null).get(1, TimeUnit.MINUTES);
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.stream().anyMatch(m -> m.name().equals("ticketradar.flink.records.in"))
                    && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertFalse(
                    seen.stream().anyMatch(m -> m.name().equals("ticketradar.flink.records.in")),
                    "a stopped job's operators leave");
        }
    }

    private static PipelineMetric await(Set<PipelineMetric> seen, Predicate<PipelineMetric> wanted)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (System.nanoTime() < deadline) {
            for (PipelineMetric metric : List.copyOf(seen)) {
                if (wanted.test(metric)) {
                    return metric;
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no such metric among "
                + seen.stream()
                        .map(m -> m.name() + m.labels() + "=" + m.value().getAsDouble())
                        .sorted()
                        .toList());
    }

    private static void produce(String bootstrapServers) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < VALID; i++) {
                producer.send(new ProducerRecord<>(Topics.TICKET_EVENTS, "T-" + i, created(i)));
            }
            for (int i = 0; i < MALFORMED; i++) {
                producer.send(new ProducerRecord<>(Topics.TICKET_EVENTS, "X", "{\"event_id\":"));
            }
            producer.flush();
        }
    }

    private static String created(int i) {
        return """
                {"event_id":"e-%d","event_type":"TICKET_CREATED","tenant_id":"tenant-a","ticket_id":"T-%d",\
                "ts":"2026-01-05T09:%02d:00+08:00","schema_version":1,"channel":"phone","customer_id":"C-1",\
                "customer_phone":"13900000000","device_sn":"B24A-%d","product_model":"OBC-6.6","site_id":"S-1",\
                "region":"华东","symptoms":["NO_START"],"fault_code":null,"description":"无法充电",\
                "ambient_temp_c":-5,"priority":"P2"}""".formatted(i, i, i, i);
    }
}
