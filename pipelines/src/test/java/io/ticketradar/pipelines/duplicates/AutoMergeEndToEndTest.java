package io.ticketradar.pipelines.duplicates;

import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.events.Event;
import io.ticketradar.pipelines.FlinkEnvironments;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.TicketRadarJobs;
import io.ticketradar.pipelines.kafka.KafkaConnectors;
import io.ticketradar.pipelines.testing.MiniClusters;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.core.execution.JobClient;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import static io.ticketradar.pipelines.duplicates.TicketEvents.created;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * A tenant whose policy is to merge, on the real stack (in-process Kafka, the whole application on a MiniCluster, the
 * embedded warehouse): the duplicates job's TICKET_MERGED goes to {@code ticket-events}, comes back through the ingest
 * job like any event, marks the ticket merged and moves the tenant's duplicate rate.
 */
@Tag("stack")
class AutoMergeEndToEndTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    private static final String TENANT = "tenant-m";

    @TempDir
    Path tmp;

    @Test
    void aMergeByPolicyReachesTheLifecycleAndTheDuplicateRate() throws Exception {
        try (EmbeddedKafka kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
                Warehouse warehouse = TestWarehouses.open()) {
            kafka.createTopics(KafkaConnectors.TOPICS, KafkaConnectors.COMPACTED);
            PipelineSettings settings = PipelineSettings.defaults(
                            kafka.bootstrapServers(),
                            TestWarehouses.config(warehouse.database()),
                            tmp.resolve("checkpoints"))
                    .withDuplicates(DuplicateSettings.defaults().withTenant(TENANT, MergePolicy.MERGE))
                    // a handful of events on a few partitions: the empty ones stop holding back event time soon
                    .withSourceIdleness(Duration.ofSeconds(5));
            StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(
                    FlinkEnvironments.configuration(settings, Optional.empty()));
            env.setParallelism(2);
            TicketRadarJobs.attach(env, settings);
            JobClient job = env.executeAsync("auto-merge-e2e");
            try {
                produce(
                        kafka,
                        List.of(
                                created(TENANT, "M-1", 0, "C-1", "13800000001", "SN-1", "S01"),
                                created(TENANT, "M-2", 3, "C-1", "13800000001", "SN-1", "S01", "S02"),
                                // event time moves on past the allowed lateness: M-2 is compared with M-1
                                created(TENANT, "M-3", 5, "C-3", "13800000003", "SN-3", "S09")));
                await(
                        () -> warehouse.query(
                                "SELECT merged_into FROM ticket_facts FINAL WHERE tenant_id = ? AND merged", TENANT),
                        List.of(Map.of("merged_into", "M-1")));

                // A later ticket moves event time on, so the day's indicator rows are written again; how many of the
                // day's tickets they count by then depends on event time, the merged one among them does not.
                produce(kafka, List.of(created(TENANT, "M-4", 7, "C-4", "13800000004", "SN-4", "S09")));
                await(
                        () -> warehouse.query(
                                "SELECT numerator FROM health_indicators FINAL WHERE tenant_id = ?"
                                        + " AND region = 'ALL' AND engineer_id = '' AND indicator = 'duplicate_rate'",
                                TENANT),
                        List.of(Map.of("numerator", 1L)));
                assertEquals(
                        List.of(Map.of("status", "merged", "ticket_id", "M-2")),
                        warehouse.query("SELECT status, ticket_id FROM merge_suggestions FINAL"));
            } finally {
                job.cancel().get(1, TimeUnit.MINUTES);
            }
        }
    }

    private static void produce(EmbeddedKafka kafka, List<Event> events) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(),
                new StringSerializer())) {
            for (Event e : events) {
                producer.send(new ProducerRecord<>(e.topic(), e.partitionKey(), e.json()));
            }
            producer.flush();
        }
    }

    private static void await(Supplier<List<Map<String, Object>>> query, List<Map<String, Object>> expected)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        List<Map<String, Object>> seen = query.get();
        while (!expected.equals(seen)) {
            if (System.nanoTime() > deadline) {
                fail("expected " + expected + " but the warehouse still says " + seen);
            }
            Thread.sleep(500);
            seen = query.get();
        }
    }
}
