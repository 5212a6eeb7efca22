package io.ticketradar.api;

import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.DispatchDecisions;
import io.ticketradar.warehouse.tables.DispatchRules;
import io.ticketradar.warehouse.tables.FailureCases;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.MergeSuggestions;
import io.ticketradar.warehouse.tables.Regions;
import io.ticketradar.warehouse.tables.TenantPolicies;
import io.ticketradar.warehouse.tables.TicketEnrichments;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Walks every route the server registers (a new route that is not classified here fails the test) with a foreign
 * tenant's token and a foreign group's token, against a victim tenant whose every row carries {@value #SECRET}:
 * naming the victim is a 403 (or 404 for its ids), and no answer holds anything of the victim's beyond what the request
 * itself said. Group routes refuse tenant tokens and other groups' tokens; display tokens never write.
 */
class IsolationTest {

    /** Every value of the victim's rows holds this; no foreign answer may. */
    private static final String SECRET = "SECRET";

    private static final String VICTIM = TestApi.TENANT;
    private static final String VICTIM_GROUP = "east-china-dealers";
    private static final String FOREIGN_GROUP = "west-dealers";
    private static final String DAY = "2026-01-05";
    private static final String TICKET = "SECRET-T-1";
    private static final String DEVICE = "SECRET-SN-1";
    private static final String ENGINEER = "SECRET-ENG-1";
    private static final String PATTERN = "SECRET-P-1";
    private static final String DISPATCH_PROPOSAL = "DP-SECRET-1";

    /** Who a route answers. */
    private enum Kind {
        /** No token: nothing of any tenant. */
        PUBLIC,
        /** A signed link of one tenant. */
        SIGNED,
        /** A tenant: a tenant token, or a group token naming one of its tenants. */
        TENANT,
        /** A tenant, or a group token for its whole group. */
        TENANT_OR_GROUP,
        /** A group token of its own group only. */
        GROUP,
        /** A tenant's event stream: answers with a stream that stays open, so only its refusals are walked here. */
        STREAM
    }

    /**
     * How to call a route.
     *
     * @param path    the concrete path and query, naming the victim's ids
     * @param body    the body of a write, null for a read
     * @param seeded  whether the victim's own token sees {@value #SECRET} there (so a leak would show)
     */
    private record Probe(Kind kind, String path, String body, boolean seeded) {}

    private static TestApi api;
    private static String foreignGroupToken;
    private static String victimGroupDisplayToken;
    private static String knowledgeProposal;

    @BeforeAll
    static void start() {
        api = TestApi.builder()
                .groups(TenantGroups.of(
                        Map.of(VICTIM, VICTIM_GROUP, "tenant-c", VICTIM_GROUP, TestApi.OTHER_TENANT, FOREIGN_GROUP)))
                .start();
        foreignGroupToken = api.tokens.issueForGroup(FOREIGN_GROUP, TenantTokens.Role.FULL);
        victimGroupDisplayToken = api.tokens.issueForGroup(VICTIM_GROUP, TenantTokens.Role.DISPLAY);
        seedVictim();
        ApiClient.Response proposed = api.post(
                "/api/v1/knowledge/proposals",
                "application/json",
                "{\"fault_code\":\"SECRET-FAULT\",\"fix\":\"SECRET know-how\"}");
        assertEquals(201, proposed.status(), proposed.body());
        knowledgeProposal = proposed.json().path("proposal_id").asText();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    /** Every registered route, by "METHOD path" as Javalin holds it. */
    private static Map<String, Probe> probes() {
        String range = "?from=" + DAY + "&to=" + DAY;
        Map<String, Probe> p = new LinkedHashMap<>();
        p.put("GET /api/health", new Probe(Kind.PUBLIC, "/api/health", null, false));
        p.put("GET /api/openapi.json", new Probe(Kind.PUBLIC, "/api/openapi.json", null, false));
        p.put("GET /api/docs", new Probe(Kind.PUBLIC, "/api/docs", null, false));
        p.put("GET /metrics", new Probe(Kind.PUBLIC, "/metrics", null, false));
        p.put("GET " + DownloadLinks.INDICATORS_CSV, new Probe(Kind.SIGNED, DownloadLinks.INDICATORS_CSV, null, false));
        p.put(
                "POST /api/v1/events",
                new Probe(
                        Kind.TENANT,
                        "/api/v1/events",
                        "[" + TestEvents.closed("ev-forged", VICTIM, TICKET, DAY + "T03:00:00Z") + "]",
                        false));
        p.put("GET /api/v1/tickets/{ticket_id}/events", tenant("/api/v1/tickets/" + TICKET + "/events"));
        p.put("GET /api/v1/alerts", tenant("/api/v1/alerts"));
        p.put("GET /api/v1/indicators", tenant("/api/v1/indicators" + range));
        p.put("GET /api/v1/indicators/live", tenant("/api/v1/indicators/live"));
        p.put("GET /api/v1/heatmap", tenant("/api/v1/heatmap?date=" + DAY));
        p.put(
                "GET /api/v1/heatmap/tickets",
                tenant("/api/v1/heatmap/tickets?date=" + DAY + "&x_value=SECRET-REGION&y_value=F-1"));
        p.put("GET /api/v1/patterns", tenant("/api/v1/patterns"));
        p.put("GET /api/v1/patterns/{pattern_id}", tenant("/api/v1/patterns/" + PATTERN));
        p.put("PATCH /api/v1/patterns/{pattern_id}", write("/api/v1/patterns/" + PATTERN, "{\"action\":\"confirm\"}"));
        p.put("GET /api/v1/duplicates", tenant("/api/v1/duplicates"));
        p.put(
                "PATCH /api/v1/duplicates/{ticket_id}",
                write("/api/v1/duplicates/SECRET-T-2", "{\"action\":\"reject\",\"reason\":\"x\"}"));
        p.put("GET /api/v1/trends", tenant("/api/v1/trends" + range + "&group_by=fault"));
        p.put("GET /api/v1/devices/{device_sn}/history", tenant("/api/v1/devices/" + DEVICE + "/history"));
        p.put("GET /api/v1/tickets/{ticket_id}/hints", tenant("/api/v1/tickets/" + TICKET + "/hints"));
        p.put("GET /api/v1/tickets/{ticket_id}/enrichment", tenant("/api/v1/tickets/" + TICKET + "/enrichment"));
        p.put("GET /api/v1/engineers/{engineer_id}/today", tenant("/api/v1/engineers/" + ENGINEER + "/today"));
        p.put(
                "POST /api/v1/tickets/from-text",
                write("/api/v1/tickets/from-text", "{\"text\":\"客户说PLC死机，设备SN " + DEVICE + "\"}"));
        p.put("GET /api/v1/policy", tenant("/api/v1/policy"));
        p.put("PUT /api/v1/policy", write("/api/v1/policy", "{\"sla\":{\"first_response\":\"4h\"}}"));
        p.put("GET /api/v1/dispatch/rules", tenant("/api/v1/dispatch/rules"));
        p.put("PUT /api/v1/dispatch/rules", write("/api/v1/dispatch/rules", "{\"rules\":[]}"));
        p.put("GET /api/v1/tickets/{ticket_id}/dispatch", tenant("/api/v1/tickets/" + TICKET + "/dispatch"));
        p.put(
                "POST /api/v1/dispatch/proposals",
                write("/api/v1/dispatch/proposals", "{\"action\":\"drop\",\"index\":0,\"reason\":\"x\"}"));
        p.put("GET /api/v1/dispatch/proposals", tenant("/api/v1/dispatch/proposals"));
        p.put(
                "GET /api/v1/dispatch/proposals/{proposal_id}",
                tenant("/api/v1/dispatch/proposals/" + DISPATCH_PROPOSAL));
        p.put("GET /api/v1/dispatch/decisions", tenant("/api/v1/dispatch/decisions"));
        p.put(
                "GET /api/v1/dispatch/rules/{version}/effect",
                new Probe(Kind.TENANT, "/api/v1/dispatch/rules/1/effect", null, false));
        p.put(
                "POST /api/v1/dispatch/proposals/{proposal_id}/approve",
                write("/api/v1/dispatch/proposals/" + DISPATCH_PROPOSAL + "/approve", "{}"));
        p.put(
                "POST /api/v1/dispatch/proposals/{proposal_id}/reject",
                write("/api/v1/dispatch/proposals/" + DISPATCH_PROPOSAL + "/reject", "{\"note\":\"x\"}"));
        p.put("GET /api/v1/stream", new Probe(Kind.STREAM, BearerAuth.STREAM_PATH, null, false));
        p.put("GET /api/v1/groups/{group_id}", group("/api/v1/groups/" + VICTIM_GROUP, null));
        p.put(
                "GET /api/v1/groups/{group_id}/indicators",
                group("/api/v1/groups/" + VICTIM_GROUP + "/indicators" + range, null));
        p.put(
                "GET /api/v1/groups/{group_id}/heatmap",
                group("/api/v1/groups/" + VICTIM_GROUP + "/heatmap?date=" + DAY, null));
        p.put(
                "POST /api/v1/knowledge/proposals",
                write("/api/v1/knowledge/proposals", "{\"fault_code\":\"F-1\",\"fix\":\"x\"}"));
        p.put(
                "GET /api/v1/knowledge/proposals",
                new Probe(Kind.TENANT_OR_GROUP, "/api/v1/knowledge/proposals", null, true));
        p.put(
                "POST /api/v1/knowledge/proposals/{proposal_id}/approve",
                group("/api/v1/knowledge/proposals/" + knowledgeProposal + "/approve", "{}"));
        p.put(
                "POST /api/v1/knowledge/proposals/{proposal_id}/reject",
                group("/api/v1/knowledge/proposals/" + knowledgeProposal + "/reject", "{\"reason\":\"x\"}"));
        p.put("GET /api/v1/knowledge", new Probe(Kind.TENANT, "/api/v1/knowledge", null, false));
        return p;
    }

    private static Probe tenant(String path) {
        return new Probe(Kind.TENANT, path, null, true);
    }

    private static Probe write(String path, String body) {
        return new Probe(Kind.TENANT, path, body, false);
    }

    private static Probe group(String path, String body) {
        return new Probe(Kind.GROUP, path, body, false);
    }

    @Test
    void everyRouteIsClassified() {
        Set<String> registered = new HashSet<>();
        api.server.routes().forEach(route -> registered.add(route.method() + " " + route.path()));
        Set<String> unclassified = new HashSet<>(registered);
        unclassified.removeAll(probes().keySet());
        assertEquals(Set.of(), unclassified, "classify each new route in IsolationTest.probes()");
        Set<String> gone = new HashSet<>(probes().keySet());
        gone.removeAll(registered);
        assertEquals(Set.of(), gone, "routes classified here that the server no longer has");
    }

    @Test
    void noForeignTokenReachesTheVictim() {
        List<String> failures = new ArrayList<>();
        Map<String, Probe> probes = probes();
        for (ApiServer.Route route : api.server.routes()) {
            String name = route.method() + " " + route.path();
            Probe probe = probes.get(name);
            if (probe != null) {
                walk(name, route.method(), probe, failures);
            }
        }
        assertEquals(List.of(), failures, String.join("\n", failures));
    }

    private static void walk(String name, String method, Probe probe, List<String> failures) {
        String path = probe.path();
        String body = probe.body();
        switch (probe.kind()) {
            case PUBLIC -> expect(name + " without a token", new Call(method, path, null, body), null, failures);
            case SIGNED -> {
                String forged = api.links
                        .indicatorsCsv("", TestApi.OTHER_TENANT, LocalDate.parse(DAY), LocalDate.parse(DAY))
                        .url()
                        .replace("tenant=" + TestApi.OTHER_TENANT, "tenant=" + VICTIM);
                expect(
                        name + " with a foreign tenant's link",
                        new Call(method, forged, null, null),
                        Set.of(403),
                        failures);
            }
            case TENANT, TENANT_OR_GROUP, STREAM -> {
                String named = path + (path.contains("?") ? "&" : "?") + "tenant=" + VICTIM;
                expect(
                        name + " foreign tenant ?tenant=victim",
                        new Call(method, named, api.otherToken, body),
                        Set.of(403),
                        failures);
                expect(
                        name + " foreign group ?tenant=victim",
                        new Call(method, named, foreignGroupToken, body),
                        Set.of(403),
                        failures);
                if (probe.kind() != Kind.STREAM) {
                    expect(name + " foreign tenant", new Call(method, path, api.otherToken, body), null, failures);
                    expect(
                            name + " foreign group",
                            new Call(method, path, foreignGroupToken, body),
                            groupWithoutTenant(probe),
                            failures);
                }
                if (body != null) {
                    expect(
                            name + " display token",
                            new Call(method, path, api.displayToken, body),
                            Set.of(403),
                            failures);
                    expect(
                            name + " the victim group's display token",
                            new Call(method, named, victimGroupDisplayToken, body),
                            Set.of(403),
                            failures);
                }
                if (probe.seeded()) {
                    Call own = new Call(method, path, api.token, body);
                    ApiClient.Response response = own.send();
                    if (!own.withoutEchoes(response.body()).contains(SECRET)) {
                        failures.add(name + ": the victim's own token sees nothing of its rows, so a leak would not"
                                + " show: " + response.status() + " " + response.body());
                    }
                }
            }
            case GROUP -> {
                expect(name + " foreign tenant", new Call(method, path, api.otherToken, body), Set.of(403), failures);
                expect(
                        name + " the victim's own tenant token",
                        new Call(method, path, api.token, body),
                        Set.of(403),
                        failures);
                expect(
                        name + " foreign group",
                        new Call(method, path, foreignGroupToken, body),
                        Set.of(403, 404),
                        failures);
                if (body != null) {
                    expect(
                            name + " the victim group's display token",
                            new Call(method, path, victimGroupDisplayToken, body),
                            Set.of(403),
                            failures);
                }
            }
        }
    }

    /** A group's token naming no tenant reads its group on a TENANT_OR_GROUP route; elsewhere it must name one. */
    private static Set<Integer> groupWithoutTenant(Probe probe) {
        if (probe.kind() == Kind.TENANT_OR_GROUP) {
            return Set.of(200);
        }
        return probe.body() == null ? Set.of(400) : Set.of(403);
    }

    /** One request; {@code token} null for none. */
    private record Call(String method, String path, String token, String body) {

        ApiClient.Response send() {
            return api.client.send(
                    method,
                    path,
                    token == null ? null : "Bearer " + token,
                    body == null ? null : "application/json",
                    body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        }

        /** The answer without the victim's values the request itself named: an id echoed in a 404 is not a leak. */
        String withoutEchoes(String answer) {
            String out = answer;
            Matcher named = NAMED_SECRET.matcher(path + " " + (body == null ? "" : body));
            while (named.find()) {
                out = out.replace(named.group(), "");
            }
            return out;
        }
    }

    private static final Pattern NAMED_SECRET = Pattern.compile(SECRET + "[-A-Za-z0-9_]*");

    /**
     * The call answers one of {@code statuses} (any, when null) and nothing of the victim's but what it named itself.
     */
    private static void expect(String what, Call call, Set<Integer> statuses, List<String> failures) {
        ApiClient.Response response = call.send();
        if (statuses != null && !statuses.contains(response.status())) {
            failures.add(what + ": expected " + statuses + ", got " + response.status() + " " + response.body());
        }
        if (call.withoutEchoes(response.body()).contains(SECRET)) {
            failures.add(what + ": the victim's data in " + response.status() + " " + response.body());
        }
    }

    private static void seedVictim() {
        String at = DAY + " 03:00:00.000";
        api.insert(
                TicketEvents.TABLE,
                List.of(TestRows.event(
                        VICTIM,
                        "SECRET-EV-1",
                        "TICKET_CLOSED",
                        TICKET,
                        DEVICE,
                        at,
                        Topics.TICKET_EVENTS,
                        TestEvents.closed("SECRET-EV-1", VICTIM, TICKET, DAY + "T03:00:00Z"))));
        api.insert(Alerts.TABLE, List.of(TestRows.alert(VICTIM, "SECRET-AL-1", "CIRCUIT_OPEN", DAY)));
        api.insert(HealthIndicators.TABLE, List.of(TestRows.indicator(VICTIM, DAY, Regions.ALL, "SECRET_RATE", 1, 2)));
        // The live table skips the daily row's day, engineer, as-of and version columns.
        Map<String, Object> live = TestRows.indicator(VICTIM, DAY, Regions.ALL, "SECRET_LIVE", 1, 2);
        live.put("window_start", DAY + " 00:00:00.000");
        live.put("computed_at", at);
        api.insert(HealthIndicatorsLive.TABLE, List.of(live));
        api.insert(
                HeatmapCells.TABLE,
                List.of(TestRows.heatmapCell(VICTIM, DAY, "region", "SECRET-REGION", "F-1", 1, 1, 1)));
        Map<String, Object> ticket = TestRows.knownTicket(VICTIM, TICKET, DAY);
        ticket.putAll(TestApi.row(
                TicketFacts.CUSTOMER_ID,
                "SECRET-CUST",
                TicketFacts.DEVICE_SN,
                DEVICE,
                TicketFacts.REGION,
                "SECRET-REGION",
                TicketFacts.SITE_ID,
                "SECRET-SITE",
                TicketFacts.FAULT_CODE,
                "F-1",
                TicketFacts.PRIORITY,
                "P2",
                TicketFacts.ASSIGNEE_ID,
                ENGINEER,
                TicketFacts.CURRENT_STAGE,
                "FIELD",
                TicketFacts.SLA_DEADLINE,
                DAY + " 23:00:00.000",
                TicketFacts.AS_OF,
                at));
        api.insert(TicketFacts.TABLE, List.of(ticket));
        Map<String, Object> pattern = TestRows.pattern(VICTIM, PATTERN, "active", DAY, 1, List.of("fault:F-1"));
        pattern.put("title_zh", "SECRET 伺服编码器抖动");
        api.insert(FailurePatterns.TABLE, List.of(pattern));
        Map<String, Object> failure =
                TestRows.failureCase(VICTIM, "SECRET-C-1", TICKET, DAY, DEVICE, "SECRET-FAULT", 1);
        failure.put("codes", List.of("fault:F-1"));
        api.insert(FailureCases.TABLE, List.of(failure));
        api.insert(
                MergeSuggestions.TABLE,
                List.of(TestApi.row(
                        MergeSuggestions.TENANT_ID,
                        VICTIM,
                        MergeSuggestions.TICKET_ID,
                        "SECRET-T-2",
                        MergeSuggestions.INTO_TICKET_ID,
                        TICKET,
                        MergeSuggestions.MATCHED_TICKET_ID,
                        TICKET,
                        MergeSuggestions.STATUS,
                        "suggested",
                        MergeSuggestions.MATCHED_KEYS,
                        List.of("device_sn"),
                        MergeSuggestions.SHARED_SYMPTOMS,
                        List.of(),
                        MergeSuggestions.SHARED_FAULT_CODE,
                        "F-1",
                        MergeSuggestions.HOURS_APART,
                        1.0,
                        MergeSuggestions.TICKET_CREATED_AT,
                        at,
                        MergeSuggestions.INTO_CREATED_AT,
                        at,
                        MergeSuggestions.DECIDED_AT,
                        at,
                        MergeSuggestions.VERSION,
                        1)));
        api.insert(
                TenantPolicies.TABLE,
                List.of(TestApi.row(
                        TenantPolicies.TENANT_ID,
                        VICTIM,
                        TenantPolicies.VERSION,
                        1,
                        TenantPolicies.POLICY,
                        "{\"sla\":{\"hours\":\"SECRET-HOURS\"}}",
                        TenantPolicies.EFFECTIVE_FROM,
                        at,
                        TenantPolicies.ADOPTED_AT,
                        at,
                        TenantPolicies.ADOPTED_BY,
                        "SECRET-BY")));
        api.insert(
                DispatchRules.TABLE,
                List.of(TestApi.row(
                        DispatchRules.TENANT_ID,
                        VICTIM,
                        DispatchRules.VERSION,
                        1,
                        DispatchRules.RULES,
                        "{\"rules\":[],\"note\":\"SECRET-RULES\"}",
                        DispatchRules.ADOPTED_AT,
                        at,
                        DispatchRules.ADOPTED_BY,
                        "SECRET-BY")));
        api.insert(
                DispatchDecisions.TABLE,
                List.of(TestApi.row(
                        DispatchDecisions.TENANT_ID,
                        VICTIM,
                        DispatchDecisions.TICKET_ID,
                        TICKET,
                        DispatchDecisions.DECISION_ID,
                        "ev-s1",
                        DispatchDecisions.TRIGGER,
                        "TICKET_CREATED",
                        DispatchDecisions.DECIDED_AT,
                        at,
                        DispatchDecisions.RULES_VERSION,
                        1,
                        DispatchDecisions.TEAM_ID,
                        "SECRET-TEAM",
                        DispatchDecisions.ENGINEER_ID,
                        ENGINEER,
                        DispatchDecisions.RULE_PATH,
                        List.of("fault:F-1"),
                        DispatchDecisions.BLOCKED,
                        false,
                        DispatchDecisions.ASSIGNED,
                        true,
                        DispatchDecisions.WARNINGS,
                        List.of())));
        api.insert(
                TicketEnrichments.TABLE,
                List.of(TestApi.row(
                        TicketEnrichments.TENANT_ID,
                        VICTIM,
                        TicketEnrichments.TICKET_ID,
                        TICKET,
                        TicketEnrichments.SOURCE,
                        "crm",
                        TicketEnrichments.EVENT_ID,
                        "ev-s1",
                        TicketEnrichments.OUTCOME,
                        "ENRICHED",
                        TicketEnrichments.FIELDS,
                        Map.of("customer_tier", "SECRET-TIER"),
                        TicketEnrichments.HTTP_STATUS,
                        200,
                        TicketEnrichments.ATTEMPTS,
                        1,
                        TicketEnrichments.FETCHED_AT,
                        at,
                        TicketEnrichments.VERSION,
                        1)));
        api.insert(
                io.ticketradar.warehouse.tables.DispatchProposals.TABLE,
                List.of(TestApi.row(
                        io.ticketradar.warehouse.tables.DispatchProposals.TENANT_ID,
                        VICTIM,
                        io.ticketradar.warehouse.tables.DispatchProposals.PROPOSAL_ID,
                        DISPATCH_PROPOSAL,
                        io.ticketradar.warehouse.tables.DispatchProposals.ACTION,
                        "add",
                        io.ticketradar.warehouse.tables.DispatchProposals.RULE_INDEX,
                        null,
                        io.ticketradar.warehouse.tables.DispatchProposals.RULE,
                        "{}",
                        io.ticketradar.warehouse.tables.DispatchProposals.REASON,
                        "SECRET reason",
                        io.ticketradar.warehouse.tables.DispatchProposals.PROPOSED_BY,
                        "SECRET-BY",
                        io.ticketradar.warehouse.tables.DispatchProposals.PROPOSED_AT,
                        at,
                        io.ticketradar.warehouse.tables.DispatchProposals.BASED_ON_VERSION,
                        1,
                        io.ticketradar.warehouse.tables.DispatchProposals.STATUS,
                        "pending",
                        io.ticketradar.warehouse.tables.DispatchProposals.REVIEWED_BY,
                        "",
                        io.ticketradar.warehouse.tables.DispatchProposals.REVIEWED_AT,
                        null,
                        io.ticketradar.warehouse.tables.DispatchProposals.REVIEW_NOTE,
                        "",
                        io.ticketradar.warehouse.tables.DispatchProposals.ADOPTED_VERSION,
                        null,
                        io.ticketradar.warehouse.tables.DispatchProposals.VERSION,
                        1)));
    }
}
