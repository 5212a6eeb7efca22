package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.DispatchDecisions;
import io.ticketradar.warehouse.tables.DispatchRules;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An adopted rule's effect once live, computed in the embedded warehouse: version 2 (adopted 2026-01-20, still in
 * force on the 25th, so 5 days live) appended a batch rule through an approved proposal. The rule routed A1-A3 (A4
 * went by other rules of the same version); the comparable tickets are those of batch A7K2 created in the 5 days
 * before the adoption (B1-B3; B4 is another batch, B5 older).
 */
class DispatchEffectTest {

    private static final Instant NOW = Instant.parse("2026-01-25T00:00:00Z");
    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(new TenantDays(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"), Map.of()));
        api.insert(
                DispatchRules.TABLE,
                List.of(
                        version(1, "2026-01-10 00:00:00.000", "[" + FAULT + "]"),
                        version(2, "2026-01-20 00:00:00.000", "[" + FAULT + "," + BATCH + "]")));
        api.insert(
                io.ticketradar.warehouse.tables.DispatchProposals.TABLE,
                List.of(TestApi.row(
                        io.ticketradar.warehouse.tables.DispatchProposals.TENANT_ID, TENANT,
                        io.ticketradar.warehouse.tables.DispatchProposals.PROPOSAL_ID, "DP-1",
                        io.ticketradar.warehouse.tables.DispatchProposals.ACTION, "add",
                        io.ticketradar.warehouse.tables.DispatchProposals.RULE_INDEX, null,
                        io.ticketradar.warehouse.tables.DispatchProposals.RULE, BATCH,
                        io.ticketradar.warehouse.tables.DispatchProposals.REASON,
                                "A7K2 units need the batch quality group",
                        io.ticketradar.warehouse.tables.DispatchProposals.PROPOSED_BY, "li",
                        io.ticketradar.warehouse.tables.DispatchProposals.PROPOSED_AT, "2026-01-18 00:00:00.000",
                        io.ticketradar.warehouse.tables.DispatchProposals.BASED_ON_VERSION, 1,
                        io.ticketradar.warehouse.tables.DispatchProposals.STATUS, "approved",
                        io.ticketradar.warehouse.tables.DispatchProposals.REVIEWED_BY, "wang",
                        io.ticketradar.warehouse.tables.DispatchProposals.REVIEWED_AT, "2026-01-19 12:00:00.000",
                        io.ticketradar.warehouse.tables.DispatchProposals.REVIEW_NOTE, "",
                        io.ticketradar.warehouse.tables.DispatchProposals.ADOPTED_VERSION, 2,
                        io.ticketradar.warehouse.tables.DispatchProposals.VERSION, 2)));
        List<Map<String, Object>> tickets = new ArrayList<>();
        tickets.add(ticket("A1", "A7K2-1", "2026-01-21", true, 10));
        tickets.add(ticket("A2", "A7K2-2", "2026-01-22", false, 30));
        tickets.add(ticket("A3", "A7K2-3", "2026-01-23", null, null));
        tickets.add(ticket("A4", "X9Z1-1", "2026-01-23", true, null));
        tickets.add(ticket("B1", "A7K2-4", "2026-01-16", false, 50));
        tickets.add(ticket("B2", "A7K2-5", "2026-01-17", false, 70));
        tickets.add(ticket("B3", "A7K2-6", "2026-01-19", true, null));
        tickets.add(ticket("B4", "X9Z1-2", "2026-01-17", false, null));
        tickets.add(ticket("B5", "A7K2-7", "2026-01-12", true, 5));
        api.insert(TicketFacts.TABLE, tickets);
        api.insert(
                DispatchDecisions.TABLE,
                List.of(
                        decision("A1", 2, List.of("batch:A7K2")),
                        decision("A2", 2, List.of("batch:A7K2")),
                        decision("A3", 2, List.of("batch:A7K2")),
                        decision("A4", 2, List.of("fault:HV-1", "domain:HV")),
                        decision("B1", 1, List.of("fault:HV-1", "domain:HV"))));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    private static final String FAULT = "{\"kind\":\"fault_domain\",\"fault_code\":\"HV-1\",\"domain\":\"HV\"}";
    private static final String BATCH = "{\"kind\":\"batch\",\"sn_prefix\":\"A7K2\",\"team\":\"T-QA\"}";

    private static Map<String, Object> version(long version, String at, String rules) {
        return TestApi.row(
                DispatchRules.TENANT_ID, TENANT,
                DispatchRules.VERSION, version,
                DispatchRules.RULES,
                        "{\"rules\":" + rules + ",\"streak\":{\"tickets_in_a_row\":5,\"rest_minutes\":120}}",
                DispatchRules.ADOPTED_AT, at,
                DispatchRules.ADOPTED_BY, "test");
    }

    /** @param firstTimeFix null: not resolved; @param closureHours null: not closed */
    private static Map<String, Object> ticket(
            String id, String sn, String day, Boolean firstTimeFix, Integer closureHours) {
        Map<String, Object> row = TestRows.knownTicket(TENANT, id, day);
        row.put("device_sn", sn);
        row.put("resolved_at", firstTimeFix == null ? null : day + " 05:00:00.000");
        row.put("first_time_fix", firstTimeFix != null && firstTimeFix);
        row.put("closed", closureHours != null);
        row.put("closure_ms", closureHours == null ? null : closureHours * 3_600_000L);
        return row;
    }

    private static Map<String, Object> decision(String ticket, long version, List<String> path) {
        return TestApi.row(
                DispatchDecisions.TENANT_ID,
                TENANT,
                DispatchDecisions.TICKET_ID,
                ticket,
                DispatchDecisions.DECISION_ID,
                "ev-" + ticket,
                DispatchDecisions.TRIGGER,
                "TICKET_CREATED",
                DispatchDecisions.DECIDED_AT,
                "2026-01-23 00:00:00.000",
                DispatchDecisions.RULES_VERSION,
                version,
                DispatchDecisions.TEAM_ID,
                "T-QA",
                DispatchDecisions.ENGINEER_ID,
                "E-1",
                DispatchDecisions.RULE_PATH,
                path,
                DispatchDecisions.BLOCKED,
                false,
                DispatchDecisions.ASSIGNED,
                true,
                DispatchDecisions.WARNINGS,
                List.of());
    }

    @Test
    void anApprovedProposalShowsItsRulesTicketsAgainstComparableOnesBefore() {
        JsonNode proposal = api.ok("/api/v1/dispatch/proposals/DP-1");
        assertEquals(36.0, proposal.path("review_hours").asDouble(), "proposed to decided");
        assertFalse(proposal.path("review_overdue").asBoolean(), "within 48 h");
        JsonNode effect = proposal.path("effect");
        assertEquals(2, effect.path("version").asLong(), effect.toString());
        assertEquals("batch:A7K2", effect.path("rule").asText());
        assertEquals("2026-01-20T00:00:00Z", effect.path("live_from").asText());
        assertTrue(effect.path("live_until").isNull(), "still in force");
        JsonNode routed = effect.path("routed");
        assertEquals(3, routed.path("tickets").asLong(), routed.toString());
        assertEquals(2, routed.path("resolved").asLong());
        assertEquals(1, routed.path("first_time_fixed").asLong());
        assertEquals(0.5, routed.path("first_time_fix_rate").asDouble());
        assertEquals(2, routed.path("closed").asLong());
        assertEquals(20.0, routed.path("closure_hours_mean").asDouble());
        JsonNode before = effect.path("before");
        assertEquals("2026-01-15T00:00:00Z", before.path("from").asText(), "as long before as live since");
        assertEquals(3, before.path("tickets").asLong(), before.toString());
        assertEquals(3, before.path("resolved").asLong());
        assertEquals(0.333, before.path("first_time_fix_rate").asDouble());
        assertEquals(60.0, before.path("closure_hours_mean").asDouble());
        assertFalse(effect.path("enough_to_compare").asBoolean(), "a handful of tickets proves nothing");

        JsonNode listed = api.ok("/api/v1/dispatch/proposals?status=approved").path("proposals");
        assertEquals(effect, listed.get(0).path("effect"), "the list shows the same");
    }

    @Test
    void aVersionsEffectCountsEveryTicketItRoutedAgainstAllBefore() {
        JsonNode effect = api.ok("/api/v1/dispatch/rules/2/effect");
        assertTrue(effect.path("rule").isNull());
        assertEquals(4, effect.path("routed").path("tickets").asLong(), effect.toString());
        assertEquals(2, effect.path("routed").path("first_time_fixed").asLong());
        assertEquals(4, effect.path("before").path("tickets").asLong(), "B1-B4, not the older B5");

        JsonNode first = api.ok("/api/v1/dispatch/rules/1/effect");
        assertEquals("2026-01-20T00:00:00Z", first.path("live_until").asText(), "replaced by version 2");
        assertEquals(1, first.path("routed").path("tickets").asLong());

        TestApi.assertError(api.get("/api/v1/dispatch/rules/3/effect"), 404, "not_found", null);
        TestApi.assertError(api.get("/api/v1/dispatch/rules/two/effect"), 400, "bad_parameter", "version");
        assertEquals(
                404, api.get("/api/v1/dispatch/rules/2/effect", api.otherToken).status(), "another tenant's");
    }
}
