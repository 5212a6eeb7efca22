package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.Regions;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code GET /api/v1/engineers/{id}/today} over real HTTP against the embedded warehouse, on a fixed clock:
 * 2026-01-10 04:00 UTC (12:00 in Shanghai).
 */
class EngineerTodayApiTest {

    private static final Instant NOW = Instant.parse("2026-01-10T04:00:00Z");
    private static final String ENGINEER = "ENG-7";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(new TenantDays(Clock.fixed(NOW, ZoneOffset.UTC), TenantDays.DEFAULT_ZONE, Map.of()));
        api.insert(
                TicketFacts.TABLE,
                List.of(
                        // P3 created 09 Jan 02:00: deadline 12 Jan 02:00, 46 h left
                        held(
                                "T-P3",
                                TENANT,
                                ENGINEER,
                                "P3",
                                "2026-01-09 02:00:00.000",
                                "2026-01-12 02:00:00.000",
                                "SN-A"),
                        // P1 created 08 Jan: deadline 09 Jan 06:00, overdue by 22 h: first
                        held(
                                "T-OLD",
                                TENANT,
                                ENGINEER,
                                "P1",
                                "2026-01-08 06:00:00.000",
                                "2026-01-09 06:00:00.000",
                                "SN-B"),
                        // P2 created 08 Jan 06:00: deadline 10 Jan 06:00, 2 h left
                        held(
                                "T-P2",
                                TENANT,
                                ENGINEER,
                                "P2",
                                "2026-01-08 06:00:00.000",
                                "2026-01-10 06:00:00.000",
                                "SN-C"),
                        // P4 with the same deadline as T-P2: priority breaks the tie, P2 first
                        held("T-P4", TENANT, ENGINEER, "P4", "2026-01-05 06:00:00.000", "2026-01-10 06:00:00.000", ""),
                        // Not open for the engineer: resolved, merged, someone else's, another tenant's
                        resolved(held(
                                "T-DONE",
                                TENANT,
                                ENGINEER,
                                "P1",
                                "2026-01-09 00:00:00.000",
                                "2026-01-10 00:00:00.000",
                                "SN-A")),
                        merged(held(
                                "T-MERGED",
                                TENANT,
                                ENGINEER,
                                "P1",
                                "2026-01-09 00:00:00.000",
                                "2026-01-10 00:00:00.000",
                                "SN-A")),
                        held(
                                "T-ELSE",
                                TENANT,
                                "ENG-8",
                                "P1",
                                "2026-01-01 00:00:00.000",
                                "2026-01-02 00:00:00.000",
                                "SN-A"),
                        held(
                                "T-FOREIGN",
                                OTHER_TENANT,
                                ENGINEER,
                                "P1",
                                "2026-01-01 00:00:00.000",
                                "2026-01-02 00:00:00.000",
                                "SN-A"),
                        // An engineer who holds nothing open any more
                        resolved(held(
                                "T-IDLE",
                                TENANT,
                                "ENG-IDLE",
                                "P3",
                                "2026-01-02 00:00:00.000",
                                "2026-01-05 00:00:00.000",
                                "SN-A"))));
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            events.add(repair(TENANT, "SN-A", "REP-A" + i, "2026-01-0" + i + " 03:00:00.000"));
        }
        events.add(repair(TENANT, "SN-C", "REP-C1", "2026-01-07 03:00:00.000"));
        events.add(repair(OTHER_TENANT, "SN-A", "REP-FOREIGN", "2026-01-09 03:00:00.000"));
        api.insert(TicketEvents.TABLE, events);
        api.insert(
                HealthIndicators.TABLE,
                List.of(
                        // In the 30 days from 12 Dec to 10 Jan (Shanghai): 7 of 9 fixed first time
                        ftf(TENANT, ENGINEER, "2026-01-10", 1, 1),
                        ftf(TENANT, ENGINEER, "2026-01-02", 4, 5),
                        ftf(TENANT, ENGINEER, "2025-12-12", 2, 3),
                        // Outside the window, another engineer, the overall row, another tenant
                        ftf(TENANT, ENGINEER, "2025-12-11", 0, 50),
                        ftf(TENANT, "ENG-8", "2026-01-05", 0, 10),
                        ftf(TENANT, "", "2026-01-05", 0, 10),
                        ftf(OTHER_TENANT, ENGINEER, "2026-01-05", 0, 10)));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theThreeMostUrgentOpenTicketsComeOverdueFirstThenByTimeLeftThenPriority() {
        JsonNode today = api.ok("/api/v1/engineers/" + ENGINEER + "/today");

        JsonNode tickets = today.path("tickets");
        assertAll(
                () -> assertEquals(ENGINEER, today.path("engineer_id").asText()),
                () -> assertEquals(NOW.toString(), today.path("as_of").asText()),
                () -> assertEquals(List.of("T-OLD", "T-P2", "T-P4"), ids(tickets), "T-P3 (46 h left) is fourth"),
                () -> assertTrue(tickets.get(0).path("overdue").asBoolean()),
                () -> assertEquals(
                        -22 * 60, tickets.get(0).path("sla_left_minutes").asLong()),
                () -> assertFalse(tickets.get(1).path("overdue").asBoolean()),
                () -> assertEquals(120, tickets.get(1).path("sla_left_minutes").asLong()),
                () -> assertEquals("P2", tickets.get(1).path("priority").asText()),
                () -> assertEquals("FIELD", tickets.get(1).path("stage").asText()),
                () -> assertEquals("华东", tickets.get(1).path("region").asText()));
    }

    @Test
    void eachTicketCarriesItsDevicesLastThreeRepairsNewestFirst() {
        JsonNode tickets = api.ok("/api/v1/engineers/" + ENGINEER + "/today").path("tickets");

        assertEquals(List.of("REP-C1"), repairIds(tickets.get(1)));
        assertEquals(List.of(), repairIds(tickets.get(2)), "a ticket without a device has no repairs");
        // SN-A's ticket is fourth; as the only ticket of a lone engineer it shows: the 3 newest of 4, not the foreign
        // one
        api.insert(
                TicketFacts.TABLE,
                List.of(held(
                        "T-SOLO",
                        TENANT,
                        "ENG-SOLO",
                        "P3",
                        "2026-01-09 02:00:00.000",
                        "2026-01-12 02:00:00.000",
                        "SN-A")));
        JsonNode solo =
                api.ok("/api/v1/engineers/ENG-SOLO/today").path("tickets").get(0);
        assertEquals(List.of("REP-A4", "REP-A3", "REP-A2"), repairIds(solo));
        assertEquals("ENG-0412", solo.path("repairs").get(0).path("engineer_id").asText());
    }

    @Test
    void theFirstTimeFixRateIsThePipelinesFiguresOverTheLast30Days() {
        JsonNode ftf = api.ok("/api/v1/engineers/" + ENGINEER + "/today").path("first_time_fix");

        assertEquals(TestApi.json("""
                        {"from":"2025-12-12","to":"2026-01-10","fixed":7,"resolved":9,"rate":%s}""".formatted(7.0 / 9)), ftf);
    }

    @Test
    void anEngineerWithNothingOpenGetsAnEmptyListAndNoRateWithoutResolvedTickets() {
        JsonNode today = api.ok("/api/v1/engineers/ENG-IDLE/today");

        assertEquals(0, today.path("tickets").size());
        assertTrue(today.path("first_time_fix").path("rate").isNull());
        assertEquals(0, today.path("first_time_fix").path("resolved").asInt());
    }

    @Test
    void anUnknownEngineerIsA404WithAMessage() {
        ApiClient.Response response = api.get("/api/v1/engineers/ENG-NOBODY/today");

        TestApi.assertError(response, 404, "not_found", null);
        assertTrue(response.body().contains("ENG-NOBODY"), response.body());
    }

    @Test
    void anotherTenantsEngineerTicketsAndRepairsNeverShow() {
        ApiClient.Response foreign = api.get("/api/v1/engineers/" + ENGINEER + "/today", api.otherToken);
        assertEquals(200, foreign.status(), foreign.body());
        JsonNode theirs = foreign.json();
        assertEquals(List.of("T-FOREIGN"), ids(theirs.path("tickets")));
        assertEquals(List.of("REP-FOREIGN"), repairIds(theirs.path("tickets").get(0)));
        assertEquals(10, theirs.path("first_time_fix").path("resolved").asInt());

        TestApi.assertError(api.get("/api/v1/engineers/ENG-8/today", api.otherToken), 404, "not_found", null);
        assertEquals(
                401,
                api.get("/api/v1/engineers/" + ENGINEER + "/today", "not-a-token")
                        .status());
    }

    private static List<String> ids(JsonNode tickets) {
        return TestApi.texts(tickets, "ticket_id");
    }

    private static List<String> repairIds(JsonNode ticket) {
        return TestApi.texts(ticket.path("repairs"), "repair_id");
    }

    /** An open ticket in FIELD, held by the engineer. */
    private static Map<String, Object> held(
            String ticket,
            String tenant,
            String engineer,
            String priority,
            String created,
            String deadline,
            String sn) {
        return TestApi.row(
                TicketFacts.TENANT_ID,
                tenant,
                TicketFacts.TICKET_ID,
                ticket,
                TicketFacts.CREATED_AT,
                created,
                TicketFacts.COHORT_DAY,
                created.substring(0, 10),
                TicketFacts.REGION,
                "华东",
                TicketFacts.SITE_ID,
                "S-1",
                TicketFacts.DEVICE_SN,
                sn,
                TicketFacts.PRIORITY,
                priority,
                TicketFacts.SLA_DEADLINE,
                deadline,
                TicketFacts.CURRENT_STAGE,
                "FIELD",
                TicketFacts.LAST_STAGE,
                "FIELD",
                TicketFacts.ASSIGNEE_ID,
                engineer,
                TicketFacts.TEAM_ID,
                "FIELD-E",
                TicketFacts.VERSION,
                1);
    }

    private static Map<String, Object> resolved(Map<String, Object> fact) {
        fact.put("current_stage", "");
        fact.put("resolved_at", "2026-01-09 12:00:00.000");
        fact.put("resolver_id", fact.get("assignee_id"));
        return fact;
    }

    private static Map<String, Object> merged(Map<String, Object> fact) {
        fact.put("merged", true);
        fact.put("merged_into", "T-P3");
        return fact;
    }

    private static Map<String, Object> repair(String tenant, String sn, String repairId, String ts) {
        String payload = TestEvents.repair(repairId + "-e", tenant, sn)
                .replace("\"repair_id\":\"REP-1\"", "\"repair_id\":\"" + repairId + "\"");
        Map<String, Object> event =
                TestRows.event(tenant, repairId + "-e", "REPAIR_RECORDED", "", sn, ts, Topics.REPAIR_EVENTS, payload);
        return event;
    }

    private static Map<String, Object> ftf(String tenant, String engineer, String day, double fixed, double resolved) {
        Map<String, Object> row =
                TestRows.indicator(tenant, day, Regions.ALL, EngineerDay.FIRST_TIME_FIX_RATE, fixed, resolved);
        row.put("engineer_id", engineer);
        return row;
    }
}
