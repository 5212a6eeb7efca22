package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.api.TenantTokens;
import io.ticketradar.events.Channel;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Priority;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 9's dispatch proof, end to end on the real stack (in-process Kafka, Flink MiniCluster, the embedded ClickHouse
 * engine): while tickets keep arriving, a rule set PUT through the API routes the next ticket without a restart, an
 * invalid one is refused with a message naming the fault and the old rules stay in force, a part out of stock blocks
 * the dispatch, and each routed ticket gets its TICKET_ASSIGNED with {@code auto: true}. The stock-out alert goes to
 * a webhook set through the tenant's policy at run time, whose secret the API never answers.
 */
@Tag("stack")
class DispatchEndToEndTest {

    private static final String TENANT = "suzhou-amp";
    private static final EventCodec CODEC = new EventCodec();
    private static final Duration DECIDED = Duration.ofSeconds(120);

    private static final String RULES_V1 = """
            {"rules":[{"kind":"batch","sn_prefix":"A7K2","team":"TECH-A7"},
                      {"kind":"stock","product_model":"OBC-6.6kW","fault_code":"OBC-E017","parts":["P-OBC-07"]}]}""";
    private static final String INVALID = """
            {"rules":[{"kind":"batch","sn_prefix":"A7K","team":"TECH-B"}]}""";
    private static final String RULES_V2 = """
            {"rules":[{"kind":"local","region":"华东","site":"SITE-SIP","skill":"german-vehicle-protocols"},
                      {"kind":"batch","sn_prefix":"A7K2","team":"TECH-B"}]}""";

    @TempDir
    Path dataDir;

    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicInteger traffic = new AtomicInteger();

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aRuleChangedThroughTheApiRoutesTheNextTicketWithoutARestart() throws Exception {
        TenantTokens tokens = new TenantTokens();
        TicketRadarConfig config = TestStackConfig.of(dataDir);
        try (TicketRadarStack stack = TicketRadarStack.start(config, tokens);
                WebhookReceiver robot = new WebhookReceiver()) {
            ApiCalls api = new ApiCalls(stack.apiUrl(), tokens.issue(TENANT));
            api.awaitHealthy(TestStackConfig.STACK_UP);
            setRobotWebhook(api, robot);
            api.postEvents(List.of(
                    engineer("E-1", "TECH-A7", List.of("LV")),
                    engineer("E-5", "TECH-B", List.of("HV")),
                    engineer("E-6", "TECH-B", List.of("HV", "german-vehicle-protocols")),
                    stock("P-OBC-07", 0)));
            assertEquals(404, api.get("/api/v1/dispatch/rules").status(), "no rules before the first PUT");

            JsonNode v1 = api.put("/api/v1/dispatch/rules?by=e2e", RULES_V1).ok();
            assertEquals(1, v1.path("version").asLong(), v1.toString());
            assertEquals("e2e", v1.path("adopted_by").asText());

            AtomicBoolean flowing = new AtomicBoolean(true);
            Thread flow = Thread.ofVirtual().start(() -> keepTicketsComing(api, flowing));
            try {
                String first = createTicket(api, "A7K2-2409-0031", "华南", "SITE-GZ-1", "ACC-2", null);
                JsonNode byV1 = awaitDecision(api, first);
                assertEquals("TECH-A7", byV1.path("team_id").asText(), byV1.toString());
                assertEquals("E-1", byV1.path("engineer_id").asText());
                assertEquals("[\"batch:A7K2\"]", byV1.path("rule_path").toString());
                assertEquals(1, byV1.path("rules_version").asLong());
                awaitAutoAssignment(api, first, "E-1", "TECH-A7");

                String blocked = createTicket(api, "A7K2-2409-0032", "华南", "SITE-GZ-1", "OBC-6.6kW", "OBC-E017");
                JsonNode stockOut = awaitDecision(api, blocked);
                assertTrue(stockOut.path("blocked").asBoolean(), stockOut.toString());
                assertFalse(stockOut.path("assigned").asBoolean());
                assertEquals(
                        "[\"batch:A7K2\",\"stock:1\"]",
                        stockOut.path("rule_path").toString());
                assertTrue(stockOut.path("warnings").get(0).asText().startsWith("stock-out: part P-OBC-07"));
                String blockedToo = createTicket(api, "A7K2-2409-0039", "华南", "SITE-GZ-1", "OBC-6.6kW", "OBC-E017");
                assertTrue(awaitDecision(api, blockedToo).path("blocked").asBoolean());
                awaitStockOutAlert(api, "P-OBC-07");
                WebhookReceiver.Post posted = robot.next(DECIDED);
                assertTrue(posted != null && posted.id().startsWith("stock_out:P-OBC-07:"), "posted: " + posted);
                assertEquals("/robot/send", posted.path());
                assertTrue(posted.body().contains("\"msgtype\":\"markdown\""), posted.body());

                ApiCalls.Answer refused = api.put("/api/v1/dispatch/rules", INVALID);
                assertEquals(422, refused.status(), refused.body());
                String message = refused.json().path("error").path("message").asText();
                assertTrue(message.contains("rules[0].sn_prefix must be 4 characters (the batch), not 'A7K'"), message);
                assertTrue(message.contains("version 1 stays in force"), message);
                assertEquals(
                        1,
                        api.get("/api/v1/dispatch/rules").ok().path("version").asLong());
                String afterRefusal = createTicket(api, "A7K2-2409-0033", "华南", "SITE-GZ-1", "ACC-2", null);
                assertEquals(
                        "TECH-A7",
                        awaitDecision(api, afterRefusal).path("team_id").asText(),
                        "old rules stay");

                JsonNode v2 = api.put("/api/v1/dispatch/rules", RULES_V2).ok();
                assertEquals(2, v2.path("version").asLong(), v2.toString());
                String next = createTicket(api, "A7K2-2409-0034", "华东", "SITE-SIP", "ACC-2", null);
                JsonNode byV2 = awaitDecision(api, next);
                assertEquals(2, byV2.path("rules_version").asLong(), byV2.toString());
                assertEquals("TECH-B", byV2.path("team_id").asText());
                assertEquals("E-6", byV2.path("engineer_id").asText(), "the local rule wants the skill");
                assertEquals(
                        "[\"local:0\",\"batch:A7K2\"]", byV2.path("rule_path").toString());
                awaitAutoAssignment(api, next, "E-6", "TECH-B");
                assertEquals(
                        v2.path("rules"), api.get("/api/v1/dispatch/rules").ok().path("rules"));

                checkProposals(api);
            } finally {
                flowing.set(false);
                flow.join();
            }
            assertTrue(traffic.get() >= 3, "tickets kept coming meanwhile: " + traffic.get());
        }
    }

    /**
     * A proposal that would break the rules is refused when proposed; a rejected one changes nothing; an approved one
     * becomes version 3, which routes the next ticket.
     */
    private void checkProposals(ApiCalls api) throws InterruptedException {
        ApiCalls.Answer broken = api.post("/api/v1/dispatch/proposals", "application/json", bytes("""
                {"action":"change","index":1,"reason":"typo",
                 "rule":{"kind":"batch","sn_prefix":"A7K22","team":"TECH-A7"}}"""));
        assertEquals(422, broken.status(), broken.body());
        assertTrue(broken.body().contains("rules[1].sn_prefix must be 4 characters"), broken.body());

        JsonNode back = proposal(api, """
                {"action":"change","index":1,"reason":"batch A7K2 is back with the A7 group","by":"wang",
                 "rule":{"kind":"batch","sn_prefix":"A7K2","team":"TECH-A7"}}""");
        assertEquals("pending", back.path("status").asText(), back.toString());
        assertEquals(2, back.path("based_on_version").asLong());
        JsonNode drop = proposal(api, """
                {"action":"drop","index":0,"reason":"no longer needed"}""");
        JsonNode rejected = api.post(
                        "/api/v1/dispatch/proposals/" + drop.path("proposal_id").asText() + "/reject",
                        "application/json",
                        bytes("""
                                {"by":"li","note":"the German-brand customers still need it"}"""))
                .ok();
        assertEquals("rejected", rejected.path("status").asText());
        assertEquals(2, api.get("/api/v1/dispatch/rules").ok().path("version").asLong(), "a rejection adopts nothing");

        String id = back.path("proposal_id").asText();
        JsonNode approved = api.post(
                        "/api/v1/dispatch/proposals/" + id + "/approve", "application/json", bytes("{\"by\":\"li\"}"))
                .ok();
        assertEquals("approved", approved.path("status").asText(), approved.toString());
        assertEquals(3, approved.path("adopted_version").asLong());
        assertFalse(approved.path("review_overdue").asBoolean());
        JsonNode pending = api.get("/api/v1/dispatch/proposals?status=pending").ok();
        assertEquals(0, pending.path("total").asLong(), pending.toString());
        ApiCalls.Answer again =
                api.post("/api/v1/dispatch/proposals/" + id + "/approve", "application/json", bytes("{}"));
        assertEquals(422, again.status(), "approved once only: " + again.body());

        String next = createTicket(api, "A7K2-2409-0035", "华南", "SITE-GZ-1", "ACC-2", null);
        JsonNode byV3 = awaitDecision(api, next);
        assertEquals(3, byV3.path("rules_version").asLong(), byV3.toString());
        assertEquals("TECH-A7", byV3.path("team_id").asText());
        awaitEffect(api, id);
    }

    /** The approved rule's effect: the tickets it routed since, as the warehouse folded them. */
    private static void awaitEffect(ApiCalls api, String proposal) throws InterruptedException {
        long deadline = System.nanoTime() + DECIDED.toNanos();
        JsonNode effect;
        do {
            assertTrue(System.nanoTime() < deadline, "no effect for " + proposal);
            Thread.sleep(300);
            effect = api.get("/api/v1/dispatch/proposals/" + proposal).ok().path("effect");
        } while (effect.path("routed").path("tickets").asLong() == 0);
        assertEquals(3, effect.path("version").asLong(), effect.toString());
        assertEquals("batch:A7K2", effect.path("rule").asText());
        assertEquals(effect.path("live_from"), effect.path("before").path("to"), "compared with the time just before");
        assertFalse(effect.path("enough_to_compare").asBoolean(), "a handful of tickets: " + effect);
    }

    /**
     * The tenant's alerts go to a WeCom robot from now on, set through the policy with no restart; the policy is
     * answered with the robot's key masked, and sent back as answered it keeps the key.
     */
    private static void setRobotWebhook(ApiCalls api, WebhookReceiver robot) {
        String whole = robot.url("/robot/send") + "?key=robot-secret-1";
        JsonNode adopted =
                api.put("/api/v1/policy?by=e2e", """
                        {"webhooks":[{"format":"wecom","url":"%s"}]}""".formatted(whole)).ok();
        String masked = robot.url("/robot/send") + "?key=***";
        assertEquals(masked, adopted.at("/webhooks/0/url").asText(), adopted.toString());
        JsonNode answered = api.get("/api/v1/policy").ok();
        assertFalse(answered.toString().contains("robot-secret-1"), answered.toString());
        JsonNode sentBack = api.put("/api/v1/policy", answered.toString()).ok();
        assertEquals(2, sentBack.path("version").asLong(), sentBack.toString());
        assertEquals(masked, sentBack.at("/webhooks/0/url").asText(), "the key kept, still masked");
        ApiCalls.Answer unknownMask = api.put("/api/v1/policy", """
                {"webhooks":[{"format":"wecom","url":"https://elsewhere.example/send?key=***"}]}""");
        assertEquals(422, unknownMask.status(), unknownMask.body());
        assertTrue(unknownMask.body().contains("webhooks[0].url is masked"), unknownMask.body());
    }

    /** Two tickets blocked for the same part on one day raise one STOCK_OUT alert. */
    private static void awaitStockOutAlert(ApiCalls api, String part) throws InterruptedException {
        long deadline = System.nanoTime() + DECIDED.toNanos();
        List<JsonNode> stockOuts = new ArrayList<>();
        while (stockOuts.isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "no stock-out alert for " + part);
            Thread.sleep(300);
            stockOuts.clear();
            api.get("/api/v1/alerts").ok().path("alerts").forEach(a -> {
                if (a.path("kind").asText().equals("STOCK_OUT")) {
                    stockOuts.add(a);
                }
            });
        }
        assertEquals(1, stockOuts.size(), "once per part and day: " + stockOuts);
        assertTrue(stockOuts.getFirst().path("alert_id").asText().startsWith("stock_out:" + part + ":"));
    }

    private static JsonNode proposal(ApiCalls api, String json) {
        return api.post("/api/v1/dispatch/proposals", "application/json", bytes(json))
                .ok();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Tickets of a batch no rule names, a few a second: the stream the rule change lands in. */
    private void keepTicketsComing(ApiCalls api, AtomicBoolean flowing) {
        while (flowing.get()) {
            createTicket(api, "B24A-0093-7781", "华北", "SITE-BJ-2", "ACC-2", null);
            traffic.incrementAndGet();
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String createTicket(ApiCalls api, String sn, String region, String site, String model, String fault) {
        String id = "TK-" + sequence.incrementAndGet();
        api.postEvents(List.of(event(
                "created-" + id,
                id,
                new EventBody.TicketCreated(
                        Channel.PHONE,
                        "C-" + id,
                        "13812345678",
                        sn,
                        model,
                        site,
                        region,
                        List.of("no_start"),
                        fault,
                        null,
                        null,
                        Priority.P2))));
        return id;
    }

    private static Event engineer(String id, String team, List<String> skills) {
        return event("engineer-" + id, null, new EventBody.EngineerRegistered(id, team, skills, null));
    }

    private static Event stock(String part, int quantity) {
        return event("stock-" + part, null, new EventBody.PartStocked(part, "D-EAST", quantity, "华东"));
    }

    private static Event event(String id, String ticket, EventBody body) {
        return CODEC.newEvent(id, TENANT, ticket, OffsetDateTime.now(ZoneOffset.UTC), body);
    }

    /** The ticket's first decision, once the dispatcher has written it. */
    private static JsonNode awaitDecision(ApiCalls api, String ticket) throws InterruptedException {
        long deadline = System.nanoTime() + DECIDED.toNanos();
        while (true) {
            ApiCalls.Answer answer = api.get("/api/v1/tickets/" + ticket + "/dispatch");
            if (answer.status() == 200 && !answer.json().path("decisions").isEmpty()) {
                return answer.json().path("decisions").get(0);
            }
            assertTrue(System.nanoTime() < deadline, "no decision for " + ticket + ": " + answer.body());
            Thread.sleep(300);
        }
    }

    /** The TICKET_ASSIGNED with auto true that the dispatcher put back on the ticket events. */
    private static void awaitAutoAssignment(ApiCalls api, String ticket, String engineer, String team)
            throws InterruptedException {
        long deadline = System.nanoTime() + DECIDED.toNanos();
        List<String> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            seen.clear();
            ApiCalls.Answer answer = api.get("/api/v1/tickets/" + ticket + "/events");
            if (answer.status() == 200) {
                for (JsonNode e : answer.json().path("events")) {
                    seen.add(e.toString());
                    if (e.path("event_type").asText().equals("TICKET_ASSIGNED")) {
                        assertTrue(e.path("auto").asBoolean(), e.toString());
                        assertEquals(engineer, e.path("assignee_id").asText(), e.toString());
                        assertEquals(team, e.path("team_id").asText(), e.toString());
                        return;
                    }
                }
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no TICKET_ASSIGNED for " + ticket + " among " + seen);
    }
}
