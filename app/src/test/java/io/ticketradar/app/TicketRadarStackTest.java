package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.api.TenantTokens;
import io.ticketradar.datasets.generate.GeneratorSettings;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walking skeleton end to end: events posted to the API travel through Kafka and the Flink
 * ingest job into the warehouse and come back out of the API, on the real embedded stack.
 */
@Tag("stack")
class TicketRadarStackTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dataDir;

    @Test
    void anEventPostedToTheApiComesBackFromTheWarehouse() throws Exception {
        TicketRadarConfig config = TestStackConfig.of(dataDir);
        TenantTokens tokens = new TenantTokens();
        String token = tokens.issue("tenant-a");
        String otherToken = tokens.issue("tenant-b");

        String url;
        try (TicketRadarStack stack = TicketRadarStack.start(config, tokens)) {
            url = stack.apiUrl();
            awaitStatus(url + "/api/health", null, 200, Duration.ofSeconds(90));
            JsonNode health = JSON.readTree(get(url + "/api/health", null).body());
            assertEquals("ok", health.get("status").asText());
            for (String component : List.of("broker", "jobs", "warehouse")) {
                assertEquals(
                        "up",
                        health.get("components").get(component).get("status").asText(),
                        component);
            }
            Properties stackFile = new Properties();
            try (var reader = Files.newBufferedReader(dataDir.resolve(TicketRadarStack.STACK_FILE))) {
                stackFile.load(reader);
            }
            assertEquals(stack.bootstrapServers(), stackFile.getProperty("bootstrap.servers"));
            assertEquals(url, stackFile.getProperty("api.url"));

            String ndjson = String.join(
                    "\n",
                    event("e1", "TICKET_CREATED", "tenant-a", "2026-03-02T09:00:00+08:00", created()),
                    event(
                            "e3",
                            "FIRST_RESPONSE",
                            "tenant-a",
                            "2026-03-02T09:40:00+08:00",
                            ",\"responder_id\":\"ENG-1\",\"diagnostic\":true"),
                    event(
                            "e2",
                            "TICKET_ASSIGNED",
                            "tenant-a",
                            "2026-03-02T09:10:00+08:00",
                            ",\"assignee_id\":\"ENG-1\",\"team_id\":\"TECH-HV\",\"stage\":\"TECH\",\"auto\":false"),
                    event("e4", "TICKET_CLOSED", "tenant-b", "2026-03-02T10:00:00+08:00", ""),
                    "{\"event_id\":\"e5\"");
            HttpResponse<String> posted = http.send(
                    HttpRequest.newBuilder(URI.create(url + "/api/v1/events"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/x-ndjson")
                            .POST(HttpRequest.BodyPublishers.ofString(ndjson))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, posted.statusCode(), posted.body());
            JsonNode answer = JSON.readTree(posted.body());
            assertEquals(3, answer.get("accepted").asInt());
            assertEquals(List.of(3, 4), indexes(answer.get("rejected")));

            String ticketEvents = url + "/api/v1/tickets/T-100/events";
            JsonNode events = awaitEvents(ticketEvents, token, 3, Duration.ofSeconds(60));
            assertEquals(List.of("e1", "e2", "e3"), eventIds(events), "stored events come back in event-time order");
            assertEquals("kept", events.get(0).get("crm_field").asText(), "unknown fields survive the trip");
            assertEquals(404, get(ticketEvents, otherToken).statusCode(), "another tenant's ticket is not found");
            assertEquals(401, get(ticketEvents, null).statusCode());

            Console digest = new Console();
            assertEquals(
                    0,
                    digest.run("digest", "--tenant", "tenant-a", "--json", "--data-dir", dataDir.toString()),
                    "the digest of the running stack, through its control socket: " + digest.err());
            JsonNode fromStack = JSON.readTree(digest.out());
            assertEquals("tenant-a", fromStack.get("tenant_id").asText());
            assertEquals(url + "/wall", fromStack.get("links").get("wall").asText());
            HttpResponse<String> csv =
                    get(fromStack.get("links").get("indicators_csv").asText(), null);
            assertEquals(200, csv.statusCode(), "the digest's CSV link works without a token: " + csv.body());
            assertTrue(csv.body().contains("day,region,indicator"), csv.body());

            Console patterns = new Console();
            String[] ofA = {
                "patterns",
                "--tenant",
                "tenant-a",
                "--from",
                "2026-03-02",
                "--to",
                "2026-03-02",
                "--data-dir",
                dataDir.toString()
            };
            assertEquals(
                    0,
                    patterns.run(ofA),
                    "patterns of the running stack's warehouse, through its control socket: " + patterns.err());
            assertTrue(patterns.err().contains("read 3 events of tenant tenant-a from 2025-12-22"), patterns.err());
            assertTrue(patterns.out().startsWith("tenant tenant-a: 0 pattern(s)"), patterns.out());
            patterns.clear();
            String[] ofNobody = ofA.clone();
            ofNobody[2] = "nobody";
            assertEquals(1, patterns.run(ofNobody));
            assertEquals(
                    "patterns: tenant 'nobody' has no events in the warehouse",
                    patterns.err().strip());

            String metrics = awaitMetric(url, "ticketradar_flink_checkpoint_age_seconds{", Duration.ofSeconds(60));
            for (String pipeline : List.of(
                    "ticketradar_flink_records_in_total{",
                    "ticketradar_flink_records_out_total{",
                    "ticketradar_flink_kafka_consumer_lag{",
                    "ticketradar_flink_watermark_lag_seconds{",
                    "ticketradar_flink_checkpoint_duration_seconds{",
                    "ticketradar_flink_checkpoints_completed_total{",
                    "ticketradar_api_events_accepted_total")) {
                assertTrue(metrics.contains(pipeline), pipeline + " in /metrics");
            }
        }
        assertFalse(Files.exists(dataDir.resolve(TicketRadarStack.STACK_FILE)), "the stack file goes with the stack");
        assertFalse(Files.exists(dataDir.resolve(StackControl.SOCKET)), "and so does its control socket");
        String stopped = url;
        assertThrows(ConnectException.class, () -> get(stopped + "/api/health", null));
    }

    @Test
    void demoTrafficFillsTheWarehouseDeadLettersItsBadRecordsAndOpensTheCircuit() throws Exception {
        TicketRadarConfig config = TestStackConfig.of(dataDir);
        try (TicketRadarStack stack = TicketRadarStack.start(config, new TenantTokens());
                DemoTraffic traffic = DemoTraffic.start(stack.bootstrapServers(), System.err)) {
            // Generous: the history is caught up at full speed on a loaded CI machine before the days turn final.
            long deadline = System.nanoTime() + Duration.ofSeconds(240).toNanos();
            while (true) {
                Map<String, Long> perTenant = new HashMap<>();
                stack.warehouse()
                        .query("SELECT tenant_id, count() AS n FROM ticket_events GROUP BY tenant_id")
                        .forEach(r -> perTenant.put((String) r.get("tenant_id"), ((Number) r.get("n")).longValue()));
                long deadLetters = ((Number) stack.warehouse()
                                .query("SELECT count() AS n FROM dead_letters")
                                .getFirst()
                                .get("n"))
                        .longValue();
                // The model customer's breakpoints run far above 5%: the circuit opens in the first days of history,
                // which needs event time to advance per Kafka partition while the history is caught up.
                long circuitsOpened = ((Number) stack.warehouse()
                                .query("SELECT uniqExact(tenant_id) AS n FROM alerts WHERE kind = 'CIRCUIT_OPEN'")
                                .getFirst()
                                .get("n"))
                        .longValue();
                boolean enough =
                        GeneratorSettings.DEMO_TENANTS.stream().allMatch(t -> perTenant.getOrDefault(t, 0L) > 2_000)
                                && deadLetters > 0
                                && circuitsOpened == GeneratorSettings.DEMO_TENANTS.size();
                if (enough) {
                    break;
                }
                assertTrue(
                        System.nanoTime() < deadline,
                        () -> "demo traffic did not arrive: " + perTenant + ", dead letters " + deadLetters
                                + ", tenants whose circuit opened " + circuitsOpened + ", daily breakpoint rates "
                                + stack.warehouse()
                                        .query("SELECT tenant_id, count() AS days, max(day) AS latest,"
                                                + " countIf(value > 0.05) AS over FROM health_indicators FINAL"
                                                + " WHERE indicator = 'breakpoint_rate' AND region = 'ALL'"
                                                + " AND engineer_id = '' GROUP BY tenant_id")
                                + ", newest event per partition "
                                + stack.warehouse()
                                        .query("SELECT source_topic, source_partition, max(ts) AS newest, count() AS n"
                                                + " FROM ticket_events GROUP BY source_topic, source_partition"
                                                + " ORDER BY source_topic, source_partition")
                                + ", watermarks " + watermarkLags(stack.apiUrl()));
                Thread.sleep(1_000);
            }
            List<String> deadLetterSeries = get(stack.apiUrl() + "/metrics", null)
                    .body()
                    .lines()
                    .filter(line -> line.startsWith("ticketradar_flink_dead_letters_total{") && !line.endsWith(" 0.0"))
                    .toList();
            assertFalse(deadLetterSeries.isEmpty(), "dead letters by reason in /metrics");
            assertTrue(deadLetterSeries.getFirst().contains("reason=\""), deadLetterSeries.getFirst());
        }
    }

    /** Each operator's watermark lag, for a failure message: where event time stands in the job graph. */
    private String watermarkLags(String url) {
        try {
            return get(url + "/metrics", null)
                    .body()
                    .lines()
                    .filter(line -> line.startsWith("ticketradar_flink_watermark_lag_seconds{"))
                    .toList()
                    .toString();
        } catch (Exception e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    /** /metrics once it has a sample of the given series (the jobs register theirs as they start). */
    private String awaitMetric(String url, String series, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            String text = get(url + "/metrics", null).body();
            if (text.contains(series)) {
                return text;
            }
            assertTrue(System.nanoTime() < deadline, series + " never appeared in /metrics");
            Thread.sleep(500);
        }
    }

    private static String created() {
        return ",\"channel\":\"phone\",\"customer_id\":\"C-9\",\"customer_phone\":\"13900000000\",\"device_sn\":\"B24A-1\","
                + "\"product_model\":\"OBC-6.6\",\"site_id\":\"S-1\",\"region\":\"华东\",\"symptoms\":[\"NO_START\"],"
                + "\"fault_code\":null,\"description\":\"无法充电\",\"ambient_temp_c\":-17.5,\"priority\":\"P2\",\"crm_field\":\"kept\"";
    }

    private static String event(String id, String type, String tenant, String ts, String body) {
        return "{\"event_id\":\"" + id + "\",\"event_type\":\"" + type + "\",\"tenant_id\":\"" + tenant
                + "\",\"ticket_id\":\"T-100\",\"ts\":\"" + ts + "\",\"schema_version\":1" + body + "}";
    }

    private JsonNode awaitEvents(String url, String token, int expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            HttpResponse<String> response = get(url, token);
            if (response.statusCode() == 200) {
                JsonNode events = JSON.readTree(response.body()).get("events");
                if (events.size() >= expected) {
                    return events;
                }
            }
            assertTrue(System.nanoTime() < deadline, "events did not arrive in time; last answer " + response.body());
            Thread.sleep(300);
        }
    }

    private void awaitStatus(String url, String token, int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = get(url, token).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError(url + " answered " + last + ", not " + status + ", within " + timeout);
    }

    private HttpResponse<String> get(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(10))
                .GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<Integer> indexes(JsonNode rejected) {
        List<Integer> out = new ArrayList<>();
        rejected.forEach(r -> out.add(r.get("index").asInt()));
        return out;
    }

    private static List<String> eventIds(JsonNode events) {
        List<String> out = new ArrayList<>();
        events.forEach(e -> out.add(e.get("event_id").asText()));
        return out;
    }
}
