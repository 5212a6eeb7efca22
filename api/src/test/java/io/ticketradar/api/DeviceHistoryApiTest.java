package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.FailureCases;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/v1/devices/{sn}/history} over real HTTP against the embedded warehouse. */
class DeviceHistoryApiTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        api.insert(
                TicketEvents.TABLE,
                List.of(
                        registered(TENANT, "d1", "SN-1", "2025-06-01 00:00:00.000", "OBC-3.2.0"),
                        registered(TENANT, "d2", "SN-1", "2025-12-01 00:00:00.000", "OBC-3.2.1"),
                        repair(TENANT, "r2", "SN-1", "2026-01-07 06:00:00.000", "REP-2", null),
                        repair(TENANT, "r1", "SN-1", "2026-01-06 06:30:00.000", "REP-1", "T-1"),
                        repair(OTHER_TENANT, "r9", "SN-9", "2026-01-06 06:30:00.000", "REP-9", null)));
        api.insert(
                TicketFacts.TABLE,
                List.of(
                        fact("T-1", "SN-1", "2026-01-05 01:00:00.000", true, "2026-01-07 01:00:00.000"),
                        fact("T-2", "SN-1", "2026-01-08 01:00:00.000", false, null)));
        Map<String, Object> firstCase =
                TestRows.failureCase(TENANT, "T-1", "T-1", "2026-01-05", "SN-1", "HV-OBC-LT01", 1);
        firstCase.put("symptoms", List.of("NO_START", "CHARGE_FAIL"));
        Map<String, Object> onlyCase = TestRows.failureCase(TENANT, "R-7", "", "2026-01-04", "SN-2", "LV-CAN-BUS03", 1);
        onlyCase.put("product_model", "HMI-10");
        onlyCase.put("batch", "B24C");
        api.insert(FailureCases.TABLE, List.of(firstCase, onlyCase));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void aDevicesMasterDataTicketsAndRepairsComeOldestFirst() {
        JsonNode history = api.ok("/api/v1/devices/SN-1/history");

        assertEquals("SN-1", history.path("device_sn").asText());
        assertEquals(TestApi.json("""
                {"product_model":"OBC-6.6","batch":"SN-1","firmware":"OBC-3.2.1","production_date":"2024-11-20"}"""), history.path("device"), "the newest registration");
        assertEquals(2, history.path("tickets_total").asInt());
        assertEquals(TestApi.json("""
                {"ticket_id":"T-1","created_at":"2026-01-05T01:00:00Z","closed_at":"2026-01-07T01:00:00Z",
                 "status":"closed","region":"华北","site_id":"S-1","fault_code":"HV-OBC-LT01",
                 "symptoms":["NO_START","CHARGE_FAIL"]}"""), history.path("tickets").get(0));
        assertEquals("open", history.path("tickets").get(1).path("status").asText());
        assertEquals(0, history.path("tickets").get(1).path("symptoms").size(), "no failure case yet");
        assertEquals(TestApi.json("""
                {"repair_id":"REP-1","ts":"2026-01-06T06:30:00Z","ticket_id":"T-1","engineer_id":"ENG-0412",
                 "fault_code":"OBC-E017","root_cause":"cold solder joint","parts":["PN-OBC-PFC-02"],
                 "firmware":"OBC-3.2.1","outcome":"fixed","photo_labels":["burnt_pin"]}"""), history.path("repairs").get(0));
        assertTrue(history.path("repairs").get(1).path("ticket_id").isNull());
    }

    @Test
    void aDeviceKnownOnlyFromFailureCasesTakesItsMasterDataFromThem() {
        JsonNode history = api.ok("/api/v1/devices/SN-2/history");

        assertEquals(
                TestApi.json(
                        "{\"product_model\":\"HMI-10\",\"batch\":\"B24C\",\"firmware\":null,\"production_date\":null}"),
                history.path("device"));
        assertEquals(0, history.path("tickets").size());
    }

    @Test
    void listsArePagedAlike() {
        JsonNode second = api.ok("/api/v1/devices/SN-1/history?limit=1&offset=1");

        assertEquals("T-2", second.path("tickets").get(0).path("ticket_id").asText());
        assertEquals("REP-2", second.path("repairs").get(0).path("repair_id").asText());
        assertEquals(2, second.path("repairs_total").asInt());
        assertEquals(1, second.path("limit").asInt());
    }

    @Test
    void anUnknownOrForeignDeviceIsA404() {
        assertEquals(404, api.get("/api/v1/devices/SN-NONE/history").status());
        assertEquals(404, api.get("/api/v1/devices/SN-9/history").status());
        assertEquals(
                200, api.get("/api/v1/devices/SN-9/history", api.otherToken).status());
        assertEquals(
                404, api.get("/api/v1/devices/SN-1/history", api.otherToken).status());
    }

    @Test
    void theHistoryExportsTicketsThenRepairs() {
        ApiClient.Download csv = api.client.download("/api/v1/devices/SN-1/history?format=csv", api.token);

        String text = new String(csv.body(), StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\r\n"));
        assertEquals(5, lines.size(), text);
        assertTrue(lines.get(1).startsWith("ticket,T-1,2026-01-05T01:00:00Z,T-1,closed"), lines.get(1));
        assertTrue(lines.get(3).startsWith("repair,REP-1,2026-01-06T06:30:00Z,T-1"), lines.get(3));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("device-SN-1.csv"));
    }

    private static Map<String, Object> registered(
            String tenant, String eventId, String sn, String ts, String firmware) {
        String payload = """
                {"event_id":"%s","event_type":"DEVICE_REGISTERED","tenant_id":"%s","ts":"%sZ","schema_version":1,
                 "device_sn":"%s","product_model":"OBC-6.6","batch":"%s","production_date":"2024-11-20",
                 "firmware":"%s"}""".formatted(eventId, tenant, ts.replace(' ', 'T'), sn, sn, firmware);
        return event(tenant, eventId, "DEVICE_REGISTERED", "", sn, ts, payload);
    }

    private static Map<String, Object> repair(
            String tenant, String eventId, String sn, String ts, String repairId, String ticket) {
        String payload = """
                {"event_id":"%s","event_type":"REPAIR_RECORDED","tenant_id":"%s","ts":"%sZ","schema_version":1,
                 "ticket_id":%s,"repair_id":"%s","device_sn":"%s","engineer_id":"ENG-0412","fault_code":"OBC-E017",
                 "root_cause":"cold solder joint","parts":["PN-OBC-PFC-02"],"firmware":"OBC-3.2.1","ambient_temp_c":-16,
                 "labor_min":95,"outcome":"fixed","photo_labels":["burnt_pin"]}""".formatted(
                eventId, tenant, ts.replace(' ', 'T'), ticket == null ? "null" : "\"" + ticket + "\"", repairId, sn);
        return event(tenant, eventId, "REPAIR_RECORDED", ticket == null ? "" : ticket, sn, ts, payload);
    }

    private static Map<String, Object> event(
            String tenant, String eventId, String type, String ticket, String sn, String ts, String payload) {
        return TestRows.event(tenant, eventId, type, ticket, sn, ts, Topics.REPAIR_EVENTS, payload);
    }

    private static Map<String, Object> fact(
            String ticket, String sn, String createdAt, boolean closed, String closedAt) {
        return TestApi.row(
                TicketFacts.TENANT_ID,
                TENANT,
                TicketFacts.TICKET_ID,
                ticket,
                TicketFacts.CREATED_AT,
                createdAt,
                TicketFacts.COHORT_DAY,
                createdAt.substring(0, 10),
                TicketFacts.REGION,
                "华北",
                TicketFacts.SITE_ID,
                "S-1",
                TicketFacts.DEVICE_SN,
                sn,
                TicketFacts.FAULT_CODE,
                "HV-OBC-LT01",
                TicketFacts.CLOSED,
                closed,
                TicketFacts.CLOSED_AT,
                closedAt,
                TicketFacts.RESOLVED_AT,
                closedAt,
                TicketFacts.VERSION,
                1);
    }
}
