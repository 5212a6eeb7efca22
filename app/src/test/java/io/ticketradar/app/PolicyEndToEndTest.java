package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 10's proof that a tenant's policy changes without a restart, end to end on the real stack: the spec's levels
 * answer until a policy is PUT; an invalid policy is refused naming each fault and changes nothing; a valid one,
 * effective from the next day, judges that day's tickets and that day's gauge, while the day before keeps the figures
 * it was judged by. {@code recompute} rebuilds the days exactly under the same policies, and under a version back-dated
 * to the day before, judges that day by it.
 */
@Tag("stack")
class PolicyEndToEndTest {

    private static final String TENANT = "servicenow-like";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final EventCodec CODEC = new EventCodec();
    private static final Duration SETTLED = Duration.ofSeconds(150);

    @TempDir
    Path dataDir;

    @Test
    @Timeout(value = 6, unit = TimeUnit.MINUTES)
    void aPolicyPutThroughTheApiJudgesTheNextDayWithoutARestartAndLeavesTheDayBefore() throws Exception {
        LocalDate before = LocalDate.now(SHANGHAI).minusDays(3);
        LocalDate after = before.plusDays(1);
        TenantTokens tokens = new TenantTokens();
        try (TicketRadarStack stack = TicketRadarStack.start(TestStackConfig.of(dataDir), tokens)) {
            ApiCalls api = new ApiCalls(stack.apiUrl(), tokens.issue(TENANT));
            api.awaitHealthy(TestStackConfig.STACK_UP);

            JsonNode configured = api.get("/api/v1/policy").ok();
            assertEquals(0, configured.path("version").asLong(), configured.toString());
            assertEquals("2h", configured.at("/sla/first_response").asText(), "the spec's 2 h");
            assertEquals(
                    ">=0.95",
                    configured.at("/healthy/first_response_compliance").asText());

            // Answered after 3 h: late by the spec's 2 h.
            api.postEvents(answeredAfterThreeHours("TK-BEFORE", before));

            ApiCalls.Answer refused =
                    api.put("/api/v1/policy", "{\"sla\":{\"first_response\":\"0h\"},\"healthy\":{\"speed\":1}}");
            assertEquals(422, refused.status(), refused.body());
            String message = refused.json().path("error").path("message").asText();
            assertTrue(message.contains("sla.first_response: '0h' is not a positive duration"), message);
            assertTrue(message.contains("healthy.speed is not an indicator"), message);
            assertTrue(message.contains("version 0 stays in force"), message);
            assertEquals(0, api.get("/api/v1/policy").ok().path("version").asLong());

            JsonNode adopted =
                    api.put("/api/v1/policy?by=ops", """
                            {"effective_from":"%s","sla":{"first_response":"4h"},
                             "healthy":{"first_response_compliance":0.9}}""".formatted(after)).ok();
            assertEquals(1, adopted.path("version").asLong(), adopted.toString());
            assertEquals("ops", adopted.path("adopted_by").asText());
            assertEquals(
                    after.atStartOfDay(SHANGHAI).toInstant().toString(),
                    adopted.path("effective_from").asText());
            assertEquals("2d", adopted.at("/sla/resolution/P2").asText(), "left out: the spec's");
            assertTrue(adopted.path("applies").asText().startsWith("judges tickets opened and days starting"));
            ((ObjectNode) adopted).remove("applies");
            assertEquals(adopted, api.get("/api/v1/policy").ok(), "the version adopted is the one in force");

            // Answered after 3 h again, on the day the tenant's 4 h applies: on time.
            api.postEvents(answeredAfterThreeHours("TK-AFTER", after));
            // Today's ticket moves event time past both days.
            api.postEvents(
                    List.of(created("TK-TODAY", OffsetDateTime.now(SHANGHAI).minusMinutes(30))));

            JsonNode beforeDay = awaitCompliance(api, before);
            assertEquals(0.0, beforeDay.path("value").asDouble(), beforeDay.toString());
            assertEquals(0.95, beforeDay.path("healthy_threshold").asDouble(), "judged by the spec's threshold");
            JsonNode afterDay = awaitCompliance(api, after);
            assertEquals(1.0, afterDay.path("value").asDouble(), afterDay.toString());
            assertEquals(0.9, afterDay.path("healthy_threshold").asDouble(), "judged by the tenant's new threshold");
            assertTrue(afterDay.path("met").asBoolean());

            // recompute: the same policies give the same days, exactly
            JsonNode live = indicators(api, before, after);
            assertEquals(0, recompute(before), errors.toString());
            assertTrue(output.toString().contains("recomputed " + TENANT + " from " + before), output.toString());
            assertEquals(live, indicators(api, before, after), "recomputed under the same policies");

            // a version back-dated to the day before judges it once recomputed
            api.put("/api/v1/policy", """
                            {"effective_from":"%s","sla":{"first_response":"4h"},
                             "healthy":{"first_response_compliance":0.9}}""".formatted(before)).ok();
            assertEquals(0, recompute(before), errors.toString());
            JsonNode rejudged = indicators(api, before, before).path(0).path("first_response_compliance");
            assertEquals(1.0, rejudged.path("value").asDouble(), rejudged.toString());
            assertEquals(0.9, rejudged.path("healthy_threshold").asDouble());
        }
    }

    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    /** {@code ./ticketradar recompute} on this stack's data folder: the running stack does it. */
    private int recompute(LocalDate from) {
        return RecomputeCommand.run(
                List.of("--tenant", TENANT, "--from", from.toString(), "--data-dir", dataDir.toString()),
                new PrintStream(output, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8));
    }

    /** Each day's indicators, from {@code from} to {@code to}. */
    private static JsonNode indicators(ApiCalls api, LocalDate from, LocalDate to) {
        JsonNode days =
                api.get("/api/v1/indicators?from=" + from + "&to=" + to).ok().path("days");
        ArrayNode indicators = JsonNodeFactory.instance.arrayNode();
        days.forEach(day -> indicators.add(day.path("indicators")));
        return indicators;
    }

    /** The day's first-response compliance once its one ticket has been answered. */
    private static JsonNode awaitCompliance(ApiCalls api, LocalDate day) throws InterruptedException {
        long deadline = System.nanoTime() + SETTLED.toNanos();
        JsonNode last = null;
        while (System.nanoTime() < deadline) {
            JsonNode days = api.get("/api/v1/indicators?from=" + day + "&to=" + day)
                    .ok()
                    .path("days");
            last = days.path(0).path("indicators").path("first_response_compliance");
            if (last.path("denominator").asDouble() == 1.0
                    && !last.path("value").isNull()) {
                return last;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("no settled first-response compliance on " + day + ": " + last);
    }

    private static List<Event> answeredAfterThreeHours(String ticket, LocalDate day) {
        OffsetDateTime opened = day.atTime(9, 0).atZone(SHANGHAI).toOffsetDateTime();
        return List.of(
                created(ticket, opened),
                CODEC.newEvent(
                        "responded-" + ticket,
                        TENANT,
                        ticket,
                        opened.plusHours(3),
                        new EventBody.FirstResponse("agent-1", true)));
    }

    private static Event created(String ticket, OffsetDateTime at) {
        return CODEC.newEvent(
                "created-" + ticket,
                TENANT,
                ticket,
                at,
                new EventBody.TicketCreated(
                        Channel.PHONE,
                        "C-" + ticket,
                        "13812345678",
                        "A7K2-2409-0031",
                        "ACC-2",
                        "SITE-SZ-1",
                        "华东",
                        List.of("no_start"),
                        null,
                        null,
                        null,
                        Priority.P2));
    }
}
