package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Group tokens over the real embedded warehouse: the roll-ups combine the group's tenants exactly (ratios from summed
 * numerators and denominators, percentiles from all the durations), and ?tenant= lets a group's token, and only it,
 * read one of its tenants.
 */
class GroupsApiTest {

    private static final String EAST = "east-china-dealers";
    private static final String WEST = "west-dealers";
    /** In group east with {@link TestApi#TENANT}; {@link TestApi#OTHER_TENANT} is alone in group west. */
    private static final String EAST_TENANT = "tenant-c";

    private static final String DAY = "2026-01-05";
    private static final String RANGE = "?from=" + DAY + "&to=" + DAY;

    private static TestApi api;
    private static String eastToken;
    private static String westToken;

    @BeforeAll
    static void start() {
        api = TestApi.builder()
                .groups(TenantGroups.of(Map.of(TestApi.TENANT, EAST, EAST_TENANT, EAST, TestApi.OTHER_TENANT, WEST)))
                .start();
        eastToken = api.tokens.issueForGroup(EAST, TenantTokens.Role.DISPLAY);
        westToken = api.tokens.issueForGroup(WEST, TenantTokens.Role.FULL);
        Map<String, Object> threshold =
                TestRows.indicator(TestApi.TENANT, DAY, Regions.ALL, IndicatorCode.BREAKPOINT_RATE.code(), 1, 2);
        threshold.put("healthy_when", "<=");
        threshold.put("healthy_threshold", 0.05);
        Map<String, Object> eastThreshold =
                TestRows.indicator(EAST_TENANT, DAY, Regions.ALL, IndicatorCode.BREAKPOINT_RATE.code(), 1, 10);
        eastThreshold.put("healthy_when", "<=");
        eastThreshold.put("healthy_threshold", 0.05);
        api.insert(
                HealthIndicators.TABLE,
                List.of(
                        threshold,
                        eastThreshold,
                        TestRows.indicator(
                                TestApi.OTHER_TENANT, DAY, Regions.ALL, IndicatorCode.BREAKPOINT_RATE.code(), 5, 5),
                        TestRows.indicator(TestApi.TENANT, DAY, "华东", IndicatorCode.BREAKPOINT_RATE.code(), 1, 2),
                        TestRows.indicator(EAST_TENANT, DAY, "华南", IndicatorCode.BREAKPOINT_RATE.code(), 1, 10),
                        hours(TestApi.TENANT, 10, 2),
                        hours(EAST_TENANT, 2, 6),
                        backlog(TestApi.TENANT, 4),
                        backlog(EAST_TENANT, 6),
                        backlog(TestApi.OTHER_TENANT, 100),
                        days(TestApi.TENANT, "closure_cycle_p50_days", 2, 3),
                        days(EAST_TENANT, "closure_cycle_p50_days", 3, 2),
                        days(TestApi.TENANT, "closure_cycle_p90_days", 9, 3),
                        days(EAST_TENANT, "closure_cycle_p90_days", 4, 2)));
        // Closed on 5 Jan in Shanghai: tenant-a after 1, 2 and 9 days, tenant-c after 3 and 4; tenant-b's never count.
        api.insert(
                TicketFacts.TABLE,
                List.of(
                        closed(TestApi.TENANT, "A1", "华东", 1),
                        closed(TestApi.TENANT, "A2", "华东", 2),
                        closed(TestApi.TENANT, "A3", "华东", 9),
                        closed(EAST_TENANT, "C1", "华南", 3),
                        closed(EAST_TENANT, "C2", "华南", 4),
                        closed(TestApi.OTHER_TENANT, "B1", "华东", 100)));
        api.insert(
                HeatmapCells.TABLE,
                List.of(
                        TestRows.heatmapCell(TestApi.TENANT, DAY, "region", "华东", "F-OBC-01", 2, 1, 0),
                        TestRows.heatmapCell(EAST_TENANT, DAY, "region", "华东", "F-OBC-01", 3, 0, 1),
                        TestRows.heatmapCell(EAST_TENANT, DAY, "region", "华南", "F-OBC-01", 1, 1, 1),
                        TestRows.heatmapCell(TestApi.OTHER_TENANT, DAY, "region", "华东", "F-OBC-01", 7, 7, 7),
                        TestRows.heatmapCell(TestApi.TENANT, DAY, "site", "S-1", "F-OBC-01", 2, 1, 0),
                        TestRows.heatmapCell(EAST_TENANT, DAY, "site", "S-1", "F-OBC-01", 4, 0, 0)));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void rollUpsAreRatiosOfSumsNeverAveragesOfPercentages() {
        JsonNode json = ok("/api/v1/groups/" + EAST + "/indicators" + RANGE, eastToken);

        assertEquals(List.of(TestApi.TENANT, EAST_TENANT), TestApi.texts(json.path("tenants"), null));
        JsonNode day = json.path("days").get(0);
        JsonNode breakpoints = day.path("indicators").path("breakpoint_rate");
        // 1/2 and 1/10: 2/12, not the mean of 50% and 10%.
        assertEquals(2.0, breakpoints.path("numerator").asDouble());
        assertEquals(12.0, breakpoints.path("denominator").asDouble());
        assertEquals(2.0 / 12, breakpoints.path("value").asDouble(), 1e-12);
        assertFalse(breakpoints.path("met").asBoolean(), "16.7% is over the 5% threshold");
        // 10 h over 2 tickets and 2 h over 6: 12 h over 8, 1.5 h a ticket, not the mean of 5 h and 1/3 h.
        assertEquals(
                1.5,
                day.path("indicators").path("coordination_hours").path("value").asDouble(),
                1e-12);
        assertEquals(10.0, day.path("indicators").path("backlog").path("value").asDouble());
        assertEquals(
                1.0, day.path("indicators").path("backlog").path("denominator").asDouble());
        // All five durations 1, 2, 3, 4, 9 days: the nearest-rank median is 3 and the 90th percentile 9.
        JsonNode p50 = day.path("indicators").path("closure_cycle_p50_days");
        assertEquals(3.0, p50.path("value").asDouble(), 1e-9);
        assertEquals(5.0, p50.path("denominator").asDouble());
        assertEquals(
                9.0,
                day.path("indicators")
                        .path("closure_cycle_p90_days")
                        .path("value")
                        .asDouble(),
                1e-9);
    }

    @Test
    void aRegionRollsUpOnlyThatRegionOfEachTenant() {
        JsonNode day = ok(
                        "/api/v1/groups/" + EAST + "/indicators" + RANGE + "&region=" + TestApi.encode("华南"), eastToken)
                .path("days")
                .get(0);

        assertEquals(
                0.1,
                day.path("indicators").path("breakpoint_rate").path("value").asDouble(),
                1e-12);
    }

    @Test
    void theGroupHeatmapSumsCellsAndKeepsEachTenantsSitesApart() {
        JsonNode regions =
                ok("/api/v1/groups/" + EAST + "/heatmap?date=" + DAY, eastToken).path("heatmap");
        assertEquals(2, regions.path("total").asInt(), regions.toString());
        JsonNode east = regions.path("cells").get(0);
        assertEquals("华东", east.path("x").asText());
        assertEquals(
                List.of(5L, 1L, 1L),
                List.of(
                        east.path("tickets").asLong(),
                        east.path("overdue").asLong(),
                        east.path("breakpoints").asLong()));

        JsonNode sites = ok("/api/v1/groups/" + EAST + "/heatmap?date=" + DAY + "&x=site", eastToken)
                .path("heatmap");
        assertEquals(List.of(TestApi.TENANT + "/S-1", EAST_TENANT + "/S-1"), TestApi.texts(sites.path("cells"), "x"));
    }

    @Test
    void aGroupTokenReadsEachOfItsTenantsByName() {
        JsonNode own = ok("/api/v1/indicators" + RANGE + "&tenant=" + EAST_TENANT, eastToken);
        assertEquals(
                0.1,
                own.path("days")
                        .get(0)
                        .path("indicators")
                        .path("breakpoint_rate")
                        .path("value")
                        .asDouble(),
                1e-12);

        TestApi.assertError(api.get("/api/v1/indicators" + RANGE, eastToken), 400, "bad_parameter", "tenant");
        assertForbidden(api.get("/api/v1/indicators" + RANGE + "&tenant=" + TestApi.OTHER_TENANT, eastToken));
        assertForbidden(api.get("/api/v1/indicators" + RANGE + "&tenant=nobody", eastToken));
    }

    @Test
    void onlyAGroupsOwnTokenReadsItsRollUps() {
        assertForbidden(api.get("/api/v1/groups/" + EAST + "/indicators" + RANGE, api.token));
        assertForbidden(api.get("/api/v1/groups/" + EAST + "/indicators" + RANGE, westToken));
        assertForbidden(api.get("/api/v1/groups/" + EAST + "/heatmap?date=" + DAY, westToken));
        assertEquals(200, api.get("/api/v1/groups/" + WEST, westToken).status());
    }

    @Test
    void aTenantTokenCannotNameAnotherTenantAndAGroupTokenDoesNotWrite() {
        assertForbidden(api.get("/api/v1/indicators" + RANGE + "&tenant=" + EAST_TENANT, api.token));
        assertEquals(
                200,
                api.get("/api/v1/indicators" + RANGE + "&tenant=" + TestApi.TENANT)
                        .status());
        ApiClient.Response write =
                api.client.post("/api/v1/events?tenant=" + TestApi.OTHER_TENANT, westToken, "application/json", "[]");
        assertForbidden(write);
    }

    @Test
    void aGroupThatHoldsNoTenantRollsUpNothing() {
        String lonely = api.tokens.issueForGroup("nobody-here", TenantTokens.Role.FULL);

        JsonNode json = ok("/api/v1/groups/nobody-here/indicators" + RANGE, lonely);
        assertTrue(json.path("days").get(0).path("indicators").isEmpty(), json.toString());
        assertEquals(
                0,
                ok("/api/v1/groups/nobody-here/heatmap?date=" + DAY, lonely)
                        .path("heatmap")
                        .path("total")
                        .asInt());
    }

    private static JsonNode ok(String path, String token) {
        ApiClient.Response response = api.get(path, token);
        assertEquals(200, response.status(), path + ": " + response.body());
        return response.json();
    }

    private static void assertForbidden(ApiClient.Response response) {
        TestApi.assertError(response, 403, "forbidden", null);
    }

    private static Map<String, Object> hours(String tenant, double hours, double tickets) {
        Map<String, Object> row =
                TestRows.indicator(tenant, DAY, Regions.ALL, IndicatorCode.COORDINATION_HOURS.code(), hours, tickets);
        row.put("unit", "hours");
        return row;
    }

    private static Map<String, Object> backlog(String tenant, double count) {
        Map<String, Object> row = TestRows.indicator(tenant, DAY, Regions.ALL, IndicatorCode.BACKLOG.code(), count, 1);
        row.put("unit", "tickets");
        return row;
    }

    /** A percentile row as the job writes it: numerator the value, denominator the tickets. */
    private static Map<String, Object> days(String tenant, String indicator, double value, double tickets) {
        Map<String, Object> row = TestRows.indicator(tenant, DAY, Regions.ALL, indicator, value, tickets);
        row.put("value", value);
        row.put("unit", "days");
        return row;
    }

    /** A ticket closed at 11:00 on {@link #DAY} in Shanghai after {@code days} days. */
    private static Map<String, Object> closed(String tenant, String ticket, String region, long days) {
        Map<String, Object> row = TestRows.knownTicket(tenant, ticket, DAY);
        row.put("region", region);
        row.put("closed", true);
        row.put("closed_at", DAY + " 03:00:00.000");
        row.put("closure_ms", days * 86_400_000L);
        return row;
    }
}
