package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.Alerts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/v1/alerts} over real HTTP against the embedded warehouse's {@code alerts} table. */
class AlertsApiTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        List<Map<String, Object>> rows = List.of(
                TestRows.alert(TENANT, "circuit_open:2026-01-07", "CIRCUIT_OPEN", "2026-01-07"),
                TestRows.alert(TENANT, "circuit_closed:2026-01-09", "CIRCUIT_CLOSED", "2026-01-09"),
                TestRows.alert(TENANT, "circuit_open:2025-12-20", "CIRCUIT_OPEN", "2025-12-20"),
                TestRows.alert(OTHER_TENANT, "circuit_open:2026-01-08", "CIRCUIT_OPEN", "2026-01-08"));
        api.insert(Alerts.TABLE, rows);
        api.insert(Alerts.TABLE, rows.subList(0, 1)); // a replayed decision
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theTenantsAlertsComeNewestFirstEachOnce() {
        ApiClient.Response response = api.get("/api/v1/alerts");

        assertEquals(200, response.status(), response.body());
        assertEquals(
                List.of("circuit_closed:2026-01-09", "circuit_open:2026-01-07", "circuit_open:2025-12-20"),
                ids(response));
        JsonNode newest = response.json().path("alerts").get(0);
        assertEquals("CIRCUIT_CLOSED", newest.path("kind").asText());
        assertEquals("2026-01-09T21:00:00Z", newest.path("raised_at").asText());
        assertEquals("2026-01-09", newest.path("day").asText());
        assertEquals("流程熔断解除", newest.path("title").asText());
        assertTrue(newest.path("detail").asText().contains("5%"));
        assertEquals(0.05, newest.path("payload").path("threshold").asDouble(), "the payload is an object");

        assertEquals(List.of("circuit_open:2026-01-08"), ids(api.get("/api/v1/alerts", api.otherToken)));
    }

    @Test
    void sinceTakesAnInstantOrATenantDay() {
        assertEquals(
                List.of("circuit_closed:2026-01-09", "circuit_open:2026-01-07"),
                ids(api.get("/api/v1/alerts?since=2026-01-07T21:00:00Z")),
                "an instant includes itself");
        assertEquals(
                List.of("circuit_closed:2026-01-09"),
                ids(api.get("/api/v1/alerts?since=2026-01-08T05:00:01%2B08:00")),
                "offsets are honoured: one second after 21:00 UTC");
        assertEquals(
                List.of("circuit_closed:2026-01-09", "circuit_open:2026-01-07"),
                ids(api.get("/api/v1/alerts?since=2026-01-07")),
                "a date compares with the alert's day");
        assertEquals(List.of(), ids(api.get("/api/v1/alerts?since=2026-02-01")));
    }

    @Test
    void alertsComeAPageAtATimeWithTheirTotal() {
        JsonNode page = api.ok("/api/v1/alerts?limit=1&offset=1");

        assertEquals(3, page.path("total").asInt());
        assertEquals(1, page.path("limit").asInt());
        assertEquals(List.of("circuit_open:2026-01-07"), ids(api.get("/api/v1/alerts?limit=1&offset=1")));
        assertEquals(
                2,
                api.ok("/api/v1/alerts?since=2026-01-07&limit=1").path("total").asInt());
        api.assertBadRequest("/api/v1/alerts?limit=-1", "limit");
    }

    @Test
    void aBadSinceIsA400NamingTheParameter() {
        for (String since :
                List.of("yesterday", "", "2026-13-01", "2026-01-07T21:00:00", "2026-01-07T21:00:00+08:00")) {
            api.assertBadRequest("/api/v1/alerts?since=" + since, "since");
        }
        assertTrue(
                api.get("/api/v1/alerts?since=2026-01-07T21:00:00+08:00")
                        .json()
                        .path("error")
                        .path("message")
                        .asText()
                        .contains("%2B"),
                "an unencoded '+' gets a hint");
    }

    @Test
    void alertsNeedABearerToken() {
        ApiClient.Response response = api.get("/api/v1/alerts", null);

        assertEquals(401, response.status(), response.body());
    }

    private static List<String> ids(ApiClient.Response response) {
        assertEquals(200, response.status(), response.body());
        return StreamSupport.stream(response.json().path("alerts").spliterator(), false)
                .map(alert -> alert.path("alert_id").asText())
                .toList();
    }
}
