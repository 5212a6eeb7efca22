package io.ticketradar.pipelines.breaker;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.broker.EmbeddedKafka;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.alerts.AlertRows;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.AlertSinks;
import io.ticketradar.pipelines.alerts.AlertTopic;
import io.ticketradar.pipelines.alerts.TenantAlerts;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;
import io.ticketradar.pipelines.alerts.WebhookPolicy;
import io.ticketradar.pipelines.alerts.WebhookReceiver;
import io.ticketradar.pipelines.alerts.WebhookSink;
import io.ticketradar.pipelines.policy.AddressByPolicy;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.policy.PolicyChanges;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import io.ticketradar.pipelines.testing.MiniClusters;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The circuit-breaker job on the real stack: a scripted week of daily breakpoint rates through a Flink
 * MiniCluster into the embedded warehouse, a real Kafka topic and a real local HTTP receiver. Run twice, as
 * a replay after a failure would: the table still holds each alert once.
 */
@Tag("stack")
class CircuitBreakerJobIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate MON = LocalDate.of(2026, 1, 5);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path tmp;

    private static EmbeddedKafka kafka;
    private static Warehouse warehouse;
    private static WebhookReceiver receiver;

    @BeforeAll
    static void startInfrastructure() {
        kafka = EmbeddedKafka.start(tmp.resolve("kafka"));
        kafka.createTopics(Map.of(AlertTopic.NAME, 2));
        warehouse = TestWarehouses.open();
        receiver = new WebhookReceiver();
    }

    @AfterAll
    static void stopInfrastructure() throws InterruptedException {
        if (receiver != null) {
            receiver.close();
        }
        if (warehouse != null) {
            warehouse.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void aScriptedWeekRaisesOpenAndCloseIntoTheTableTheTopicAndBothWebhooks() throws Exception {
        AlertSettings alerts = AlertSettings.defaults()
                .withTenant(
                        "tenant-a",
                        new TenantAlerts(
                                AlertSettings.DEFAULT_BREAKPOINT_THRESHOLD,
                                List.of(
                                        new Webhook(receiver.url("/ok"), WebhookFormat.JSON),
                                        new Webhook(receiver.url("/wecom"), WebhookFormat.WECOM))))
                .withDelivery(new WebhookPolicy(
                        3,
                        Duration.ofMillis(100),
                        Duration.ofSeconds(1),
                        Duration.ofSeconds(2),
                        100,
                        Duration.ofSeconds(10)));
        PipelineSettings settings = PipelineSettings.defaults(
                        kafka.bootstrapServers(),
                        TestWarehouses.config(warehouse.database()),
                        tmp.resolve("checkpoints"))
                .withAlerts(alerts);

        run(settings);
        run(settings);

        List<Map<String, Object>> rows = warehouse.query("""
                SELECT tenant_id, alert_id, kind, raised_at, day, title FROM alerts FINAL ORDER BY raised_at""");
        assertEquals(
                List.of(
                        Map.of(
                                "tenant_id",
                                "tenant-a",
                                "alert_id",
                                "circuit_open:2026-01-07",
                                "kind",
                                "CIRCUIT_OPEN",
                                "raised_at",
                                "2026-01-07 21:00:00.000",
                                "day",
                                "2026-01-07",
                                "title",
                                "流程熔断"),
                        Map.of(
                                "tenant_id",
                                "tenant-a",
                                "alert_id",
                                "circuit_closed:2026-01-09",
                                "kind",
                                "CIRCUIT_CLOSED",
                                "raised_at",
                                "2026-01-09 21:00:00.000",
                                "day",
                                "2026-01-09",
                                "title",
                                "流程熔断解除")),
                rows);

        List<String> published = topicAlertIds();
        assertEquals(4, published.size(), "at-least-once: the replay publishes again, consumers de-duplicate by id");
        assertEquals(
                List.of("circuit_closed:2026-01-09", "circuit_open:2026-01-07"),
                published.stream().distinct().sorted().toList());

        // Each run posts both alerts to both webhooks (in no set order); closing the sink waits for deliveries in
        // flight.
        WebhookReceiver.await(
                Duration.ofSeconds(10), () -> receiver.requests("/wecom").size() == 4);
        WebhookReceiver.await(
                Duration.ofSeconds(10), () -> receiver.requests("/ok").size() == 4);
        assertEquals(
                List.of(
                        "circuit_closed:2026-01-09",
                        "circuit_closed:2026-01-09",
                        "circuit_open:2026-01-07",
                        "circuit_open:2026-01-07"),
                receiver.requests("/ok").stream()
                        .map(WebhookReceiver.Request::alertId)
                        .sorted()
                        .toList());
        List<String> headlines = new ArrayList<>();
        for (WebhookReceiver.Request request : receiver.requests("/wecom")) {
            headlines.add(JSON.readTree(request.body())
                    .path("markdown")
                    .path("content")
                    .asText()
                    .lines()
                    .findFirst()
                    .orElseThrow());
        }
        assertEquals(
                List.of("## 流程熔断", "## 流程熔断", "## 流程熔断解除", "## 流程熔断解除"),
                headlines.stream().sorted().toList());
    }

    /** Runs the job over the week to its end: the final watermark judges every day. */
    private static void run(PipelineSettings settings) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<DailyBreakpointRate> rates = env.fromData(
                        DailyBreakpointRate.class, week().toArray(DailyBreakpointRate[]::new))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<DailyBreakpointRate>forMonotonousTimestamps()
                        .withTimestampAssigner((rate, previous) -> rate.day()
                                .plusDays(1)
                                .atStartOfDay(SHANGHAI)
                                .toInstant()
                                .toEpochMilli()));
        PoliciesInForce policies = PoliciesInForce.of(settings.indicators(), settings.alerts());
        AlertSinks sinks = new AlertSinks(
                new WarehouseSink<>(settings.warehouse(), Alerts.TABLE, new AlertRows(), settings.sinkBatchSize()),
                AlertTopic.sink(settings.bootstrapServers()),
                new WebhookSink(settings.alerts().delivery()),
                new AddressByPolicy(policies));
        new CircuitBreakerJob(sinks, settings.indicators().zones(), policies, Duration.ofHours(1))
                .attach(rates, PolicyChanges.none(env));
        env.execute("circuit-breaker-it");
    }

    /** tenant-a: over Mon-Thu (Wednesday corrected from under to over), under Fri and Sat; tenant-b: always under. */
    private static List<DailyBreakpointRate> week() {
        long[][] a = {{10, 100}, {8, 100}, {2, 50}, {12, 100}, {9, 100}, {3, 100}, {2, 100}};
        LocalDate[] days = {
            MON, MON.plusDays(1), MON.plusDays(2), MON.plusDays(2), MON.plusDays(3), MON.plusDays(4), MON.plusDays(5)
        };
        List<DailyBreakpointRate> week = new ArrayList<>();
        for (int i = 0; i < days.length; i++) {
            week.add(new DailyBreakpointRate("tenant-a", days[i], a[i][0], a[i][1]));
            week.add(new DailyBreakpointRate("tenant-b", days[i], 2, 100));
        }
        return week;
    }

    private static List<String> topicAlertIds() throws Exception {
        List<String> ids = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        kafka.bootstrapServers(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(AlertTopic.NAME).stream()
                    .map(p -> new TopicPartition(AlertTopic.NAME, p.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (ids.size() < 4 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    assertEquals("tenant-a", record.key());
                    ids.add(JSON.readTree(record.value()).path("alert_id").asText());
                }
            }
        }
        return ids;
    }
}
