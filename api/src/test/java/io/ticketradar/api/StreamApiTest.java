package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/stream} with a real SSE client against the real server and the embedded warehouse: rows are
 * inserted the way the jobs' sinks insert them, and must show up on an open stream of their tenant only, within
 * 2 s.
 */
class StreamApiTest {

    private static final Duration WITHIN = Duration.ofSeconds(2);
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.builder().heartbeat(Duration.ofMillis(500)).start();
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    private static EventStreamClient open(String token, String lastEventId) throws Exception {
        EventStreamClient client =
                new EventStreamClient(api.server.port(), "/api/v1/stream?access_token=" + token, lastEventId);
        assertEquals(200, client.status());
        assertNotNull(client.nextComment(WITHIN), "the stream opens with a comment");
        return client;
    }

    @Test
    void aRowLandingInTheWarehouseReachesTheOpenStreamOfItsTenantOnlyWithin2s() throws Exception {
        try (EventStreamClient mine = open(api.token, null);
                EventStreamClient theirs = open(api.otherToken, null)) {
            Thread.sleep(400); // let the watcher take note of what is already there
            long landed = System.nanoTime();
            api.insert(HealthIndicators.TABLE, List.of(indicator(TENANT, "2026-01-05", "2026-01-05 09:30:00.000", 3)));

            EventStreamClient.Frame event = mine.nextEvent(WITHIN);
            long millis = Duration.ofNanos(System.nanoTime() - landed).toMillis();
            assertNotNull(event, "no event within 2 s");
            assertEquals("indicators", event.name());
            JsonNode data = TestApi.json(event.data());
            assertEquals("health_indicators", data.path("table").asText());
            assertEquals("2026-01-05T09:30:00Z", data.path("as_of").asText());
            assertEquals(3, data.path("version").asInt());
            assertTrue(Long.parseLong(event.id()) > 0);
            assertTrue(millis < 2_000, "took " + millis + " ms");

            api.insert(Alerts.TABLE, List.of(alert(OTHER_TENANT, "circuit_open:2026-01-06")));
            EventStreamClient.Frame foreign = theirs.nextEvent(WITHIN);
            assertEquals("alerts", foreign.name());
            assertTrue(Long.parseLong(foreign.id()) > Long.parseLong(event.id()), "ids only grow");
            api.insert(HeatmapCells.TABLE, List.of(cell(TENANT)));
            assertEquals("heatmap", mine.nextEvent(WITHIN).name(), "tenant-b's alert never reached tenant-a");
        }
    }

    @Test
    void aReconnectingClientIsReplayedWhatItMissed_anUnknownIdGetsAResync() throws Exception {
        String lastSeen;
        try (EventStreamClient first = open(api.token, null)) {
            Thread.sleep(400);
            api.insert(Alerts.TABLE, List.of(alert(TENANT, "circuit_open:2026-02-01")));
            lastSeen = first.nextEvent(WITHIN).id();
        }
        api.insert(HealthIndicatorsLive.TABLE, List.of(live(TENANT, "2026-02-01 10:00:00.000")));
        api.insert(
                FailurePatterns.TABLE,
                List.of(TestRows.pattern(TENANT, "P-1", "emerging", "2026-02-01", 1, List.of("fault:X"))));
        api.insert(Alerts.TABLE, List.of(alert(OTHER_TENANT, "circuit_open:2026-02-02")));
        Thread.sleep(1_000); // the watcher logs them while nobody listens

        try (EventStreamClient again = open(api.token, lastSeen)) {
            Map<String, EventStreamClient.Frame> missed = new TreeMap<>();
            for (int i = 0; i < 2; i++) {
                EventStreamClient.Frame frame = again.nextEvent(WITHIN);
                assertNotNull(frame, "replayed so far: " + missed.keySet());
                missed.put(frame.name(), frame);
            }
            assertEquals(Set.of("live", "patterns"), missed.keySet(), "one poll saw both: in either order");
            assertEquals(
                    "failure_patterns",
                    TestApi.json(missed.get("patterns").data()).path("table").asText());
            assertTrue(Long.parseLong(missed.get("live").id()) > Long.parseLong(lastSeen));
            assertEquals(null, again.nextEvent(Duration.ofMillis(700)), "nothing of tenant-b, nothing twice");
        }
        try (EventStreamClient stale = open(api.token, "42")) {
            EventStreamClient.Frame resync = stale.nextEvent(WITHIN);
            assertEquals("resync", resync.name());
            assertTrue(Long.parseLong(resync.id()) >= Long.parseLong(lastSeen));
        }
    }

    @Test
    void stoppingTheServerEndsOpenStreamsAtOnce() throws Exception {
        TestApi stopping = TestApi.start();
        try (EventStreamClient client =
                new EventStreamClient(stopping.server.port(), "/api/v1/stream?access_token=" + stopping.token, null)) {
            assertEquals(200, client.status());
            assertNotNull(client.nextComment(WITHIN));
            long started = System.nanoTime();
            stopping.close();
            assertTrue(client.ended(Duration.ofSeconds(15)), "the stream is still open");
            long millis = Duration.ofNanos(System.nanoTime() - started).toMillis();
            assertTrue(millis < 1_000, "stopping took " + millis + " ms: the stream was not ended at once");
        }
    }

    @Test
    void aQuietStreamGetsHeartbeats() throws Exception {
        try (EventStreamClient quiet = open(api.token, null)) {
            assertEquals("heartbeat", quiet.nextComment(WITHIN).data());
        }
    }

    @Test
    void theStreamNeedsATokenInTheHeaderOrItsQueryAndTheEventStreamType() throws Exception {
        try (EventStreamClient none = new EventStreamClient(api.server.port(), "/api/v1/stream", null);
                EventStreamClient wrong =
                        new EventStreamClient(api.server.port(), "/api/v1/stream?access_token=nope", null)) {
            assertEquals(401, none.status());
            assertEquals(401, wrong.status());
        }
        TestApi.assertError(api.get("/api/v1/stream"), 406, "not_acceptable", null);
        TestApi.assertError(api.get("/api/v1/alerts?access_token=" + api.token, null), 401, "unauthorized", null);
    }

    @Test
    void aDisplayTokenReadsAndStreamsButNeverWrites() throws Exception {
        assertEquals(200, api.get("/api/v1/alerts", api.displayToken).status());
        try (EventStreamClient wall = open(api.displayToken, null)) {
            Thread.sleep(400);
            api.insert(Alerts.TABLE, List.of(alert(TENANT, "circuit_open:2026-03-01")));
            assertEquals("alerts", wall.nextEvent(WITHIN).name());
        }
        TestApi.assertError(
                api.client.post("/api/v1/events", api.displayToken, "application/json", "[]"), 403, "forbidden", null);
        TestApi.assertError(
                api.client.patch("/api/v1/patterns/P-1", api.displayToken, "{\"action\":\"confirm\"}"),
                403,
                "forbidden",
                null);
    }

    private static Map<String, Object> indicator(String tenant, String day, String asOf, long version) {
        Map<String, Object> row =
                TestRows.indicator(tenant, day, Regions.ALL, IndicatorCode.BREAKPOINT_RATE.code(), 1, 10);
        row.put("as_of", asOf);
        row.put("version", version);
        return row;
    }

    private static Map<String, Object> live(String tenant, String computedAt) {
        return TestApi.row(
                HealthIndicatorsLive.TENANT_ID,
                tenant,
                HealthIndicatorsLive.REGION,
                Regions.ALL,
                HealthIndicatorsLive.INDICATOR,
                IndicatorCode.BREAKPOINT_RATE.code(),
                HealthIndicatorsLive.NUMERATOR,
                1,
                HealthIndicatorsLive.DENOMINATOR,
                10,
                HealthIndicatorsLive.VALUE,
                0.1,
                HealthIndicatorsLive.UNIT,
                "ratio",
                HealthIndicatorsLive.HEALTHY_WHEN,
                "<=",
                HealthIndicatorsLive.HEALTHY_THRESHOLD,
                0.05,
                HealthIndicatorsLive.MET,
                false,
                HealthIndicatorsLive.WINDOW_START,
                computedAt,
                HealthIndicatorsLive.COMPUTED_AT,
                computedAt);
    }

    private static Map<String, Object> alert(String tenant, String id) {
        return TestRows.alert(tenant, id, "CIRCUIT_OPEN", id.substring(id.indexOf(':') + 1));
    }

    private static Map<String, Object> cell(String tenant) {
        Map<String, Object> cell = TestRows.heatmapCell(tenant, "2026-01-05", "region", "华东", "F-1", 1, 0, 0);
        cell.put("as_of", "2026-01-05 10:00:00.000");
        return cell;
    }
}
