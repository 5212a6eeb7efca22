package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.TicketEvents;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static io.ticketradar.api.TestApi.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API end to end: real HTTP, a real Kafka broker and the real embedded warehouse. */
class ApiServerTest {

    /** Small, so 413 is cheap to provoke; still above the codec's 1 MiB per event. */
    private static final long MAX_BODY = 2L * 1024 * 1024;

    @TempDir
    static Path kafkaDir;

    private static TestKafka kafka;
    private static KafkaHealthCheck brokerCheck;
    private static TestApi api;
    private static ApiClient client;
    private static String token;

    @BeforeAll
    static void start() {
        kafka = TestKafka.start(
                kafkaDir, Map.of(Topics.TICKET_EVENTS, 3, Topics.REPAIR_EVENTS, 3, Topics.DEAD_LETTERS, 1));
        brokerCheck = new KafkaHealthCheck(kafka.bootstrapServers(), Duration.ofSeconds(2));
        api = TestApi.builder()
                .maxBodyBytes(MAX_BODY)
                .healthTimeout(Duration.ofSeconds(5))
                .publisher(kafka.publisher)
                .checks(warehouse -> List.of(brokerCheck, new WarehouseHealthCheck(warehouse)))
                .start();
        client = api.client;
        token = api.token;
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.closeAfter(api, brokerCheck);
        }
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    @Test
    void healthIsOkWhenBrokerAndWarehouseAnswer() {
        ApiClient.Response response = client.get("/api/health", null);

        assertEquals(200, response.status(), response.body());
        JsonNode json = response.json();
        assertEquals("ok", json.path("status").asText());
        assertEquals("up", json.path("components").path("broker").path("status").asText());
        assertEquals(
                "up", json.path("components").path("warehouse").path("status").asText());
    }

    @Test
    void v1RoutesNeedTheBearerTokenOfATenant() {
        for (ApiClient.Response response : List.of(
                client.get("/api/v1/tickets/TK-1/events", null),
                client.get("/api/v1/tickets/TK-1/events", "not-a-token"),
                client.send("GET", "/api/v1/tickets/TK-1/events", "Basic dXNlcjpwYXNz", null, BodyPublishers.noBody()),
                client.send("GET", "/api/v1/tickets/TK-1/events", "Bearer", null, BodyPublishers.noBody()),
                client.post("/api/v1/events", null, "application/json", "[]"))) {
            TestApi.assertError(response, 401, "unauthorized", null);
            assertEquals(
                    "Bearer", response.headers().firstValue("WWW-Authenticate").orElse(""));
        }
    }

    @Test
    void anArrayBatchPublishesTheValidEventsAndListsTheOthersWithTheirReason() {
        String ticket = unique("TK");
        String device = unique("B24A");
        String closed = unique("evt");
        String repair = unique("evt");
        String body = "["
                + String.join(
                        ",",
                        TestEvents.closed(closed, TENANT, ticket, "2026-01-05T09:00:00+08:00"),
                        TestEvents.closed(unique("evt"), TENANT, ticket, "2026-01-05T09:00:00+08:00")
                                .replace(",\"ticket_id\":\"" + ticket + "\"", ""),
                        TestEvents.closed(unique("evt"), TENANT, ticket, "2026-01-05T09:00:00+08:00")
                                .replace("TICKET_CLOSED", "TICKET_VANISHED"),
                        TestEvents.closed(unique("evt"), TENANT, ticket, "yesterday"),
                        TestEvents.closed(unique("evt"), "tenant-x", ticket, "2026-01-05T09:00:00+08:00"),
                        "42",
                        TestEvents.repair(repair, TENANT, device))
                + "]";

        ApiClient.Response response = client.post("/api/v1/events", token, "application/json", body);

        assertEquals(200, response.status(), response.body());
        JsonNode json = response.json();
        assertEquals(2, json.path("accepted").asInt(), response.body());
        assertEquals(
                Map.of(
                        1,
                        "MISSING_FIELD",
                        2,
                        "UNKNOWN_EVENT_TYPE",
                        3,
                        "BAD_TIMESTAMP",
                        4,
                        "FOREIGN_TENANT",
                        5,
                        "MALFORMED_JSON"),
                reasonsByIndex(json));
        assertEquals(
                "tenant_id 'tenant-x' does not belong to this token",
                json.path("rejected").get(3).path("detail").asText());
        assertNoInternals(response);

        Map<String, ConsumerRecord<String, String>> ticketRecords = readUntil(Topics.TICKET_EVENTS, Set.of(closed));
        assertEquals(ticket, ticketRecords.get(closed).key());
        assertEquals(
                TENANT,
                TestApi.json(ticketRecords.get(closed).value())
                        .path("tenant_id")
                        .asText());
        Map<String, ConsumerRecord<String, String>> repairRecords = readUntil(Topics.REPAIR_EVENTS, Set.of(repair));
        assertEquals(device, repairRecords.get(repair).key());
    }

    @Test
    void ndjsonIsReadLineByLineWithItsContentTypeOrWithout() {
        String ticket = unique("TK");
        String first = unique("evt");
        String second = unique("evt");
        String body = TestEvents.closed(first, TENANT, ticket, "2026-01-05T09:00:00+08:00") + "\r\n\n"
                + "{\"event_id\":\"x\",\"event_type\":\"TICKET_CLOSED\"\n"
                + TestEvents.firstResponse(second, TENANT, ticket, "2026-01-05T08:00:00+08:00")
                        .replace("true", "\"yes\"")
                + "\n"
                + TestEvents.firstResponse(second, TENANT, ticket, "2026-01-05T08:00:00+08:00") + "\n";

        for (String contentType : new String[] {"application/x-ndjson", "application/json"}) {
            ApiClient.Response response = client.post("/api/v1/events", token, contentType, body);

            assertEquals(200, response.status(), response.body());
            assertEquals(2, response.json().path("accepted").asInt(), response.body());
            assertEquals(Map.of(1, "MALFORMED_JSON", 2, "WRONG_TYPE"), reasonsByIndex(response.json()));
            assertNoInternals(response);
        }
        readUntil(Topics.TICKET_EVENTS, Set.of(first, second));
    }

    @Test
    void bodiesThatAreNotABatchAreRefusedWith400() {
        for (String body : List.of("", "   \n ", "hello", "[{\"event_id\":", "[1,2] [3]", "<xml/>")) {
            ApiClient.Response response = client.post("/api/v1/events", token, "application/json", body);

            TestApi.assertError(response, 400, "bad_body", null);
        }
    }

    @Test
    void bodiesOverTheLimitAreRefusedWith413() {
        byte[] big = ("[" + "\"x\",".repeat((int) MAX_BODY / 4) + "\"x\"]").getBytes(StandardCharsets.UTF_8);

        ApiClient.Response declared = client.send(
                "POST", "/api/v1/events", ApiClient.bearer(token), "application/json", BodyPublishers.ofByteArray(big));
        ApiClient.Response chunked = client.send(
                "POST",
                "/api/v1/events",
                ApiClient.bearer(token),
                "application/json",
                BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)));

        for (ApiClient.Response response : List.of(declared, chunked)) {
            TestApi.assertError(response, 413, "payload_too_large", null);
        }
    }

    @Test
    void aTicketsEventsComeInEventTimeOrderForItsTenantOnly() {
        String ticket = unique("TK");
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(TENANT, ticket, "e3", "2026-01-05 03:00:00.000"));
        rows.add(row(TENANT, ticket, "e1", "2026-01-05 01:00:00.000"));
        rows.add(row(TENANT, ticket, "e2b", "2026-01-05 02:00:00.000"));
        rows.add(row(TENANT, ticket, "e2a", "2026-01-05 02:00:00.000"));
        rows.add(row(TENANT, ticket, "e1", "2026-01-05 01:00:00.000")); // a replayed duplicate
        rows.add(row(OTHER_TENANT, ticket, "foreign", "2026-01-05 00:00:00.000"));
        api.insert(TicketEvents.TABLE, rows);

        ApiClient.Response response = client.get("/api/v1/tickets/" + ticket + "/events", token);

        assertEquals(200, response.status(), response.body());
        assertEquals(ticket, response.json().path("ticket_id").asText());
        List<String> ids = StreamSupport.stream(response.json().path("events").spliterator(), false)
                .map(event -> event.path("event_id").asText())
                .toList();
        assertEquals(List.of("e1", "e2a", "e2b", "e3"), ids);
        assertEquals(
                "TICKET_CLOSED",
                response.json().path("events").get(0).path("event_type").asText(),
                "events are the stored JSON objects");

        JsonNode page = client.get("/api/v1/tickets/" + ticket + "/events?limit=2&offset=1", token)
                .json();
        assertEquals(4, page.path("total").asInt());
        assertEquals(
                List.of("e2a", "e2b"),
                StreamSupport.stream(page.path("events").spliterator(), false)
                        .map(event -> event.path("event_id").asText())
                        .toList());

        ApiClient.Response other = client.get("/api/v1/tickets/" + ticket + "/events", api.otherToken);
        assertEquals(
                List.of("foreign"),
                StreamSupport.stream(other.json().path("events").spliterator(), false)
                        .map(event -> event.path("event_id").asText())
                        .toList());
    }

    @Test
    void anotherTenantsTicketLooksExactlyLikeAMissingOne() {
        String ticket = unique("TK");
        api.insert(TicketEvents.TABLE, List.of(row(OTHER_TENANT, ticket, "e1", "2026-01-05 01:00:00.000")));

        String missingTicket = unique("TK");
        ApiClient.Response foreign = client.get("/api/v1/tickets/" + ticket + "/events", token);
        ApiClient.Response missing = client.get("/api/v1/tickets/" + missingTicket + "/events", token);

        assertEquals(404, foreign.status(), foreign.body());
        assertEquals(404, missing.status(), missing.body());
        TestApi.assertError(foreign, 404, "not_found", null);
        assertEquals(missing.body().replace(missingTicket, "?"), foreign.body().replace(ticket, "?"));
    }

    @Test
    void unknownRoutesAndWrongMethodsGetJsonErrors() {
        ApiClient.Response unknown = client.get("/api/nothing-here", null);
        TestApi.assertError(unknown, 404, "not_found", null);

        ApiClient.Response wrongMethod = client.send("DELETE", "/api/health", null, null, BodyPublishers.noBody());
        TestApi.assertError(wrongMethod, 405, "method_not_allowed", null);

        ApiClient.Response wrongMethodV1 = client.send(
                "PUT", "/api/v1/events", ApiClient.bearer(token), "application/json", BodyPublishers.ofString("[]"));
        assertEquals(405, wrongMethodV1.status(), wrongMethodV1.body());
        assertNoInternals(unknown);
        assertNoInternals(wrongMethod);
    }

    @Test
    void metricsShowJvmHttpAndIngestCounters() {
        client.post(
                "/api/v1/events",
                token,
                "application/json",
                "[" + TestEvents.closed(unique("evt"), TENANT, unique("TK"), "2026-01-05T09:00:00Z") + ",{}]");

        ApiClient.Response response = client.get("/metrics", null);

        assertEquals(200, response.status());
        String text = response.body();
        assertTrue(text.contains("ticketradar_api_events_accepted_total "), text);
        assertTrue(text.contains("ticketradar_api_events_rejected_total{reason=\"MISSING_FIELD\"} "), text);
        assertTrue(text.contains("ticketradar_api_events_rejected_total{reason=\"FOREIGN_TENANT\"} "), text);
        assertTrue(text.contains("jvm_memory_used_bytes"), text);
        assertTrue(
                text.contains(
                        "http_server_requests_seconds_count{method=\"POST\",route=\"/api/v1/events\",status=\"200\"}"),
                text);
        assertFalse(text.contains("accepted_total 0.0"), "the accepted counter moved");
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRegisteredRoutes() {
        ApiClient.Response response = client.get("/api/openapi.json", null);

        assertEquals(200, response.status());
        JsonNode doc = response.json();
        assertTrue(doc.path("openapi").asText().startsWith("3.1"));
        Set<String> documented = new HashSet<>();
        doc.path("paths")
                .properties()
                .forEach(path -> path.getValue()
                        .fieldNames()
                        .forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey())));
        Set<String> registered = new HashSet<>();
        api.server.routes().forEach(route -> registered.add(route.method() + " " + route.path()));

        assertEquals(registered, documented);
    }

    @Test
    void theDocsPageShowsEveryRouteFromTheJarAlone() {
        ApiClient.Response response = client.get("/api/docs", null);

        assertEquals(200, response.status());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = response.body();
        client.get("/api/openapi.json", null)
                .json()
                .path("paths")
                .fieldNames()
                .forEachRemaining(path -> assertTrue(html.contains(">" + path.replace("<", "&lt;") + "</h3>"), path));
        assertTrue(html.contains("bad_parameter"), "the error codes are explained");
        assertTrue(html.contains("<a href=\"#Pattern\">Pattern</a>"), "schemas are linked");
        assertFalse(html.contains("<script"), "no script");
        assertFalse(html.contains("src=\"http"), "nothing from a CDN");
        assertFalse(html.contains("<link"), "no external style sheet");
    }

    private static Map<String, Object> row(String tenant, String ticket, String eventId, String ts) {
        String payload = TestEvents.closed(eventId, tenant, ticket, ts.replace(' ', 'T') + "Z");
        return TestRows.event(tenant, eventId, "TICKET_CLOSED", ticket, "", ts, Topics.TICKET_EVENTS, payload);
    }

    private static Map<Integer, String> reasonsByIndex(JsonNode json) {
        Map<Integer, String> reasons = new HashMap<>();
        json.path("rejected")
                .forEach(r ->
                        reasons.put(r.path("index").asInt(), r.path("reason").asText()));
        return reasons;
    }

    /** Reads the topic from the start until every wanted event id was seen; returns those records by event id. */
    private static Map<String, ConsumerRecord<String, String>> readUntil(String topic, Set<String> eventIds) {
        Map<String, ConsumerRecord<String, String>> found = new HashMap<>();
        TopicRecords.readUntil(kafka.bootstrapServers(), topic, records -> {
            records.forEach(record -> {
                String eventId = TestApi.json(record.value()).path("event_id").asText();
                if (eventIds.contains(eventId)) {
                    found.put(eventId, record);
                }
            });
            return found.keySet().containsAll(eventIds);
        });
        assertEquals(eventIds, found.keySet(), "events read back from " + topic);
        return found;
    }
}
