package io.ticketradar.api;

import static io.ticketradar.api.ApiServerTest.assertNoInternals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code GET /api/v1/alerts} over real HTTP against the embedded warehouse's {@code alerts} table. */
class AlertsApiTest {

    private static final String TENANT = "tenant-a";
    private static final String OTHER_TENANT = "tenant-b";

    private static Warehouse warehouse;
    private static ApiServer server;
    private static ApiClient client;
    private static String token;
    private static String otherToken;

    @BeforeAll
    static void start() {
        warehouse = TestWarehouses.open();
        List<String> rows = List.of(
                row(TENANT, "circuit_open:2026-01-07", "CIRCUIT_OPEN", "2026-01-07 21:00:00.000", "2026-01-07"),
                row(TENANT, "circuit_closed:2026-01-09", "CIRCUIT_CLOSED", "2026-01-09 21:00:00.000", "2026-01-09"),
                row(TENANT, "circuit_open:2025-12-20", "CIRCUIT_OPEN", "2025-12-20 21:00:00.000", "2025-12-20"),
                row(OTHER_TENANT, "circuit_open:2026-01-08", "CIRCUIT_OPEN", "2026-01-08 21:00:00.000", "2026-01-08"));
        warehouse.insertJsonRows("alerts", rows);
        warehouse.insertJsonRows("alerts", rows.subList(0, 1)); // a replayed decision
        TenantTokens tokens = new TenantTokens();
        token = tokens.issue(TENANT);
        otherToken = tokens.issue(OTHER_TENANT);
        server = new ApiServer(new ApiConfig("127.0.0.1", 0, ApiConfig.DEFAULT_MAX_BODY_BYTES, Duration.ofSeconds(2)),
                tokens, warehouse, events -> { }, List.of(), new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        client = new ApiClient(server.start());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void theTenantsAlertsComeNewestFirstEachOnce() {
        ApiClient.Response response = client.get("/api/v1/alerts", token);

        assertEquals(200, response.status(), response.body());
        assertEquals(List.of("circuit_closed:2026-01-09", "circuit_open:2026-01-07", "circuit_open:2025-12-20"),
                ids(response));
        JsonNode newest = response.json().path("alerts").get(0);
        assertEquals("CIRCUIT_CLOSED", newest.path("kind").asText());
        assertEquals("2026-01-09T21:00:00Z", newest.path("raised_at").asText());
        assertEquals("2026-01-09", newest.path("day").asText());
        assertEquals("流程熔断解除", newest.path("title").asText());
        assertTrue(newest.path("detail").asText().contains("5%"));
        assertEquals(0.05, newest.path("payload").path("threshold").asDouble(), "the payload is an object");

        assertEquals(List.of("circuit_open:2026-01-08"), ids(client.get("/api/v1/alerts", otherToken)));
    }

    @Test
    void sinceTakesAnInstantOrATenantDay() {
        assertEquals(List.of("circuit_closed:2026-01-09", "circuit_open:2026-01-07"),
                ids(client.get("/api/v1/alerts?since=2026-01-07T21:00:00Z", token)), "an instant includes itself");
        assertEquals(List.of("circuit_closed:2026-01-09"),
                ids(client.get("/api/v1/alerts?since=2026-01-08T05:00:01%2B08:00", token)), "offsets are honoured: one second after 21:00 UTC");
        assertEquals(List.of("circuit_closed:2026-01-09", "circuit_open:2026-01-07"),
                ids(client.get("/api/v1/alerts?since=2026-01-07", token)), "a date compares with the alert's day");
        assertEquals(List.of(), ids(client.get("/api/v1/alerts?since=2026-02-01", token)));
    }

    @Test
    void aBadSinceIsA400NamingTheParameter() {
        for (String since : List.of("yesterday", "", "2026-13-01", "2026-01-07T21:00:00", "2026-01-07T21:00:00+08:00")) {
            ApiClient.Response response = client.get("/api/v1/alerts?since=" + since, token);

            assertEquals(400, response.status(), since + ": " + response.body());
            assertEquals(400, response.json().path("status").asInt());
            assertTrue(response.json().path("error").asText().contains("'since'"), response.body());
            assertNoInternals(response);
        }
        assertTrue(client.get("/api/v1/alerts?since=2026-01-07T21:00:00+08:00", token).json().path("error").asText()
                .contains("%2B"), "an unencoded '+' gets a hint");
    }

    @Test
    void alertsNeedABearerToken() {
        ApiClient.Response response = client.get("/api/v1/alerts", null);

        assertEquals(401, response.status(), response.body());
    }

    private static List<String> ids(ApiClient.Response response) {
        assertEquals(200, response.status(), response.body());
        return StreamSupport.stream(response.json().path("alerts").spliterator(), false)
                .map(alert -> alert.path("alert_id").asText())
                .toList();
    }

    private static String row(String tenant, String alertId, String kind, String raisedAt, String day) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("tenant_id", tenant);
        row.put("alert_id", alertId);
        row.put("kind", kind);
        row.put("raised_at", raisedAt);
        row.put("day", day);
        row.put("title", kind.equals("CIRCUIT_OPEN") ? "流程熔断" : "流程熔断解除");
        row.put("detail", "跨域协同断点率阈值5%");
        row.put("payload", "{\"threshold\":0.05,\"days\":[]}");
        return ApiClient.MAPPER.valueToTree(row).toString();
    }
}
