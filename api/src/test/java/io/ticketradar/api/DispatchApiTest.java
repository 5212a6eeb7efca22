package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.DispatchDecisions;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest.BodyPublishers;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The dispatch routes of a server built without a dispatch job, over real HTTP and the embedded warehouse: decisions
 * as the job writes them are read back per tenant; rule sets are refused with 503 rather than stored and never
 * applied. The routes with the job behind them are proven end to end in the app module.
 */
class DispatchApiTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        api.insert(
                DispatchDecisions.TABLE,
                List.of(
                        decision(TENANT, "T-1", "ev-2", "FAULT_DIAGNOSED", "2026-01-08 02:00:00.000", 2, false),
                        decision(TENANT, "T-1", "ev-1", "TICKET_CREATED", "2026-01-08 01:00:00.000", 1, true),
                        decision(OTHER_TENANT, "T-9", "ev-9", "TICKET_CREATED", "2026-01-08 01:00:00.000", 1, false)));
        api.insert(TicketFacts.TABLE, List.of(TestRows.knownTicket(TENANT, "T-UNROUTED", "2026-01-08")));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static Map<String, Object> decision(
            String tenant, String ticket, String id, String trigger, String at, long version, boolean blocked) {
        return TestApi.row(
                DispatchDecisions.TENANT_ID, tenant,
                DispatchDecisions.TICKET_ID, ticket,
                DispatchDecisions.DECISION_ID, id,
                DispatchDecisions.TRIGGER, trigger,
                DispatchDecisions.DECIDED_AT, at,
                DispatchDecisions.RULES_VERSION, version,
                DispatchDecisions.TEAM_ID, "TECH-HV",
                DispatchDecisions.ENGINEER_ID, blocked ? null : "E-4",
                DispatchDecisions.RULE_PATH,
                        blocked ? List.of("fault:OBC-E017", "domain:HV", "stock:6") : List.of("local:3", "batch:A7K2"),
                DispatchDecisions.BLOCKED, blocked,
                DispatchDecisions.ASSIGNED, !blocked,
                DispatchDecisions.WARNINGS, blocked ? List.of("stock-out: part P-FUSE") : List.of(),
                DispatchDecisions.HINTS,
                        blocked
                                ? "[]"
                                : "[{\"pattern_id\":\"FP-1\",\"matched_codes\":[\"fault:OBC-E017\"],"
                                        + "\"parts\":[\"P-OBC-07\"]}]");
    }

    @Test
    void aTicketsDecisionsComeOldestFirstWithTheirRulePath() {
        JsonNode body = api.ok("/api/v1/tickets/T-1/dispatch");
        assertEquals("T-1", body.path("ticket_id").asText());
        JsonNode decisions = body.path("decisions");
        assertEquals(2, decisions.size(), body.toString());
        JsonNode first = decisions.get(0);
        assertEquals("ev-1", first.path("decision_id").asText());
        assertEquals("2026-01-08T01:00:00Z", first.path("decided_at").asText());
        assertTrue(first.path("blocked").asBoolean());
        assertTrue(first.path("engineer_id").isNull());
        assertEquals(
                "[\"fault:OBC-E017\",\"domain:HV\",\"stock:6\"]",
                first.path("rule_path").toString());
        assertEquals("[\"stock-out: part P-FUSE\"]", first.path("warnings").toString());
        JsonNode second = decisions.get(1);
        assertEquals("FAULT_DIAGNOSED", second.path("trigger").asText());
        assertEquals(2, second.path("rules_version").asLong());
        assertEquals("E-4", second.path("engineer_id").asText());
        assertTrue(second.path("assigned").asBoolean());
        assertEquals(0, first.path("hints").size(), "no pattern matched");
        assertEquals("FP-1", second.path("hints").get(0).path("pattern_id").asText(), second.toString());
        assertEquals("[\"P-OBC-07\"]", second.path("hints").get(0).path("parts").toString());
    }

    @Test
    void theRecentDecisionsComeNewestFirstAndCanBeTheBlockedOnes() {
        JsonNode all = api.ok("/api/v1/dispatch/decisions").path("decisions");
        assertEquals(2, all.size(), "this tenant's only: " + all);
        assertEquals("ev-2", all.get(0).path("decision_id").asText());
        assertEquals("T-1", all.get(0).path("ticket_id").asText());
        JsonNode blocked =
                api.ok("/api/v1/dispatch/decisions?blocked=true&limit=10").path("decisions");
        assertEquals(1, blocked.size(), blocked.toString());
        assertEquals("ev-1", blocked.get(0).path("decision_id").asText());
        assertEquals(
                1,
                api.ok("/api/v1/dispatch/decisions?limit=1").path("decisions").size());
        TestApi.assertError(api.get("/api/v1/dispatch/decisions?blocked=yes"), 400, "bad_parameter", "blocked");
        TestApi.assertError(api.get("/api/v1/dispatch/decisions?limit=0"), 400, "bad_parameter", "limit");
    }

    @Test
    void aKnownTicketNeverRoutedHasNoDecisionsAnotherTenantsIsNotFound() {
        assertEquals(
                0,
                api.ok("/api/v1/tickets/T-UNROUTED/dispatch").path("decisions").size());
        ApiClient.Response foreign = api.get("/api/v1/tickets/T-9/dispatch");
        assertEquals(404, foreign.status(), foreign.body());
        assertEquals("not_found", foreign.json().path("error").path("code").asText());
        assertEquals(
                404, api.get("/api/v1/tickets/T-1/dispatch", api.otherToken).status());
    }

    @Test
    void withoutADispatchJobNoRulesAreInForceAndNoneAreTaken() {
        ApiClient.Response none = api.get("/api/v1/dispatch/rules");
        assertEquals(404, none.status(), none.body());
        assertTrue(none.json().path("error").path("message").asText().contains("PUT a rule set"));
        ApiClient.Response put = putRules(api.token);
        assertEquals(503, put.status(), put.body());
        assertEquals(404, api.get("/api/v1/dispatch/rules").status(), "nothing was stored");
    }

    @Test
    void aDisplayTokenMayNotChangeRules() {
        assertEquals(403, putRules(api.displayToken).status());
    }

    private static ApiClient.Response putRules(String token) {
        return api.client.send(
                "PUT",
                "/api/v1/dispatch/rules",
                ApiClient.bearer(token),
                "application/json",
                BodyPublishers.ofString("{\"rules\":[]}"));
    }
}
