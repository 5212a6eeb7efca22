package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;
import io.ticketradar.warehouse.tables.TicketEvents;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Indicators against what the tenant's history recorded: "no data" with its reason where the history never had an
 * input event, a note where the tickets never changed stage, the figures as they are otherwise.
 */
class SourceCoverageApiTest {

    private static final String DAY = "2026-01-05";
    private static final String TS = "2026-01-05 01:00:00.000";

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        // TENANT: one stage, complaints, no first responses. OTHER_TENANT: hand-offs and first responses.
        api.insert(
                TicketEvents.TABLE,
                List.of(
                        event(TENANT, "e1", "TICKET_CREATED", "{}"),
                        event(TENANT, "e2", "TICKET_ASSIGNED", "{\"stage\":\"CS\"}"),
                        event(TENANT, "e3", "CUSTOMER_COMPLAINT", "{}"),
                        event(OTHER_TENANT, "e1", "TICKET_CREATED", "{}"),
                        event(OTHER_TENANT, "e2", "TICKET_ASSIGNED", "{\"stage\":\"CS\"}"),
                        event(OTHER_TENANT, "e3", "STAGE_CHANGED", "{\"from_stage\":\"CS\",\"to_stage\":\"TECH\"}"),
                        event(OTHER_TENANT, "e4", "FIRST_RESPONSE", "{}")));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String tenant : List.of(TENANT, OTHER_TENANT)) {
            rows.add(needing(
                    tenant, IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), 0, List.of("FIRST_RESPONSE"), false));
            rows.add(needing(
                    tenant, IndicatorCode.SECONDARY_COMPLAINT_RATE.code(), 0, List.of("CUSTOMER_COMPLAINT"), false));
            rows.add(needing(tenant, IndicatorCode.BREAKPOINT_RATE.code(), 3, List.of(), true));
        }
        api.insert(HealthIndicators.TABLE, rows);
        Map<String, Object> live =
                needing(TENANT, IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), 0, List.of("FIRST_RESPONSE"), false);
        live.keySet().removeAll(List.of("day", "engineer_id", "as_of", "version"));
        live.put("window_start", TS);
        live.put("computed_at", TS);
        api.insert(HealthIndicatorsLive.TABLE, List.of(live));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anIndicatorWhoseInputTheHistoryNeverHadHasNoDataAndSaysWhy() {
        JsonNode day = api.ok("/api/v1/indicators?from=" + DAY + "&to=" + DAY)
                .path("days")
                .get(0)
                .path("indicators");
        JsonNode response = day.path("first_response_compliance");
        JsonNode complaints = day.path("secondary_complaint_rate");
        assertAll(
                () -> assertTrue(response.path("value").isNull(), response.toString()),
                () -> assertTrue(response.path("met").isNull(), response.toString()),
                () -> assertEquals(
                        "this tenant's events have no first responses",
                        response.path("no_data_reason").asText()),
                () -> assertEquals(
                        "FIRST_RESPONSE", response.path("missing_events").get(0).asText()),
                () -> assertEquals(0.0, complaints.path("value").asDouble(), "complaints recorded: a real 0%"),
                () -> assertTrue(complaints.path("no_data_reason").isMissingNode(), complaints.toString()));
        JsonNode live = api.ok("/api/v1/indicators/live").path("indicators").path("first_response_compliance");
        assertEquals(
                "this tenant's events have no first responses",
                live.path("no_data_reason").asText());
    }

    @Test
    void aStageRuleOfAOneStageHistoryCarriesANoteAndKeepsItsValue() {
        JsonNode breakpoint = api.ok("/api/v1/indicators?from=" + DAY + "&to=" + DAY)
                .path("days")
                .get(0)
                .path("indicators")
                .path("breakpoint_rate");
        assertEquals(0.3, breakpoint.path("value").asDouble());
        assertEquals(SourceCoverage.ONE_STAGE_NOTE, breakpoint.path("note").asText());
    }

    @Test
    void aHistoryWithHandOffsAndFirstResponsesGetsItsFiguresAsTheyAre() {
        JsonNode day = TestApi.json(api.get("/api/v1/indicators?from=" + DAY + "&to=" + DAY, api.otherToken)
                        .body())
                .path("days")
                .get(0)
                .path("indicators");
        assertAll(
                () -> assertEquals(
                        0.0, day.path("first_response_compliance").path("value").asDouble()),
                () -> assertTrue(day.path("first_response_compliance")
                        .path("no_data_reason")
                        .isMissingNode()),
                () -> assertTrue(day.path("breakpoint_rate").path("note").isMissingNode(), day.toString()));
    }

    private static Map<String, Object> event(String tenant, String id, String type, String payload) {
        return TestRows.event(tenant, id, type, "T1", "SN1", TS, "ticket-events", payload);
    }

    private static Map<String, Object> needing(
            String tenant, String indicator, double numerator, List<String> events, boolean stages) {
        Map<String, Object> row = TestRows.indicator(tenant, DAY, Regions.ALL, indicator, numerator, 10);
        row.put("needs_events", events);
        row.put("needs_stages", stages);
        return row;
    }
}
