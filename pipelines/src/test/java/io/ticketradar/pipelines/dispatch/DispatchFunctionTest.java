package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Stage;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispatcher as Flink runs it: rules from the broadcast side, master data and tickets keyed by tenant. */
class DispatchFunctionTest {

    private static final long HOUR = Duration.ofHours(1).toMillis();
    private static final long T0 = RouterTest.AT;
    private static final EventCodec CODEC = new EventCodec();

    private static final String BATCH_TO_A7 = """
            {"rules":[{"kind":"batch","sn_prefix":"A7K2","team":"TECH-A7"},
                      {"kind":"stock","product_model":"OBC-6.6kW","fault_code":"OBC-E017","parts":["P-OBC-07"]}]}""";
    private static final String BATCH_TO_B = """
            {"rules":[{"kind":"batch","sn_prefix":"A7K2","team":"TECH-B"}],
             "streak":{"tickets_in_a_row":2,"rest_minutes":30}}""";

    private static KeyedBroadcastOperatorTestHarness<String, DispatchInput, String, DispatchDecision> harness()
            throws Exception {
        var h = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new DispatchFunction(),
                DispatchInput::tenantId,
                Types.STRING,
                DispatchFunction.RULES,
                DispatchFunction.HINTS);
        h.open();
        return h;
    }

    private static String rules(long version, String body) {
        return RuleSetJson.message(RuleSetParserTest.valid(version, body));
    }

    private static DispatchInput engineer(String id, String team) {
        return DispatchInput.engineer("t1", new EventBody.EngineerRegistered(id, team, List.of("HV"), null));
    }

    private static DispatchInput stock(String part, int quantity, long at) {
        return DispatchInput.stock("t1", new EventBody.PartStocked(part, "D-EAST", quantity, "华东"), at);
    }

    private static DispatchInput ticket(String tenant, int n, String model, String fault, long at) {
        return DispatchInput.ticket(new TicketToRoute(
                tenant,
                "TK-" + n,
                "A7K2-0000-" + n,
                model,
                "华东",
                "S-1",
                "C-" + n,
                fault,
                null,
                "ev-" + n,
                EventType.TICKET_CREATED.name(),
                at));
    }

    private static DispatchInput ticket(int n, long at) {
        return ticket("t1", n, "ACC-2", null, at);
    }

    private static DispatchDecision.Content last(
            KeyedBroadcastOperatorTestHarness<String, DispatchInput, String, DispatchDecision> h) {
        return h.extractOutputValues().getLast().content();
    }

    private static List<EventBody.TicketAssigned> assignments(
            KeyedBroadcastOperatorTestHarness<String, DispatchInput, String, DispatchDecision> h) {
        var emitted = h.getSideOutput(DispatchFunction.ASSIGNMENTS);
        return (emitted == null ? List.<StreamRecord<Event>>of() : List.copyOf(emitted))
                .stream()
                        .map(StreamRecord::getValue)
                        .map(e -> (EventBody.TicketAssigned) CODEC.body(e))
                        .toList();
    }

    @Test
    void fiveInARowRestsTheEngineerForTwoHoursThenTheTimerEndsTheRest() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0);
            h.processElement(engineer("E-1", "TECH-A7"), T0);
            h.processElement(engineer("E-2", "TECH-A7"), T0);
            for (int n = 1; n <= 5; n++) {
                h.processElement(ticket(n, T0 + n), T0 + n);
                assertEquals("E-1", last(h).routing().engineer(), "ticket " + n);
            }
            assertEquals(1, h.numEventTimeTimers(), "the end of E-1's rest");

            h.processElement(ticket(6, T0 + HOUR), T0 + HOUR);
            DispatchDecision.Content sixth = last(h);
            assertEquals("E-2", sixth.routing().engineer());
            assertTrue(sixth.routing().warnings().getFirst().startsWith("engineer E-1 skipped"), sixth.toString());

            // Event time passes on both inputs (in the job, an idle rules topic stops holding it back).
            h.processBroadcastWatermark(T0 + 5 + 2 * HOUR);
            h.processWatermark(T0 + 5 + 2 * HOUR);
            assertEquals(0, h.numEventTimeTimers(), "the rest ended and its timer is gone");
            h.processElement(ticket(7, T0 + 2 * HOUR + 10), T0 + 2 * HOUR + 10);
            assertEquals("E-1", last(h).routing().engineer(), "E-1 takes tickets again after two hours");
            assertEquals(List.of(), last(h).routing().warnings());

            List<EventBody.TicketAssigned> assigned = assignments(h);
            assertEquals(7, assigned.size());
            assertTrue(assigned.stream().allMatch(a -> a.auto() && a.stage() == Stage.TECH));
            assertEquals("E-2", assigned.get(5).assigneeId());
            Event sixthEvent = h.getSideOutput(DispatchFunction.ASSIGNMENTS).stream()
                    .toList()
                    .get(5)
                    .getValue();
            assertEquals("TK-6", sixthEvent.ticketId());
            assertEquals("dispatch-ev-6", sixthEvent.eventId(), "replays give the same id, which ingest drops");
            assertEquals(T0 + HOUR + 1, sixthEvent.ts().toEpochMilli(), "just after the ticket that asked for it");
        }
    }

    @Test
    void aNewRuleVersionRoutesTheNextTicketAndAnOlderOrBrokenOneChangesNothing() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0);
            h.processElement(engineer("E-1", "TECH-A7"), T0);
            h.processElement(engineer("E-5", "TECH-B"), T0);
            h.processElement(ticket(1, T0), T0);
            assertEquals("TECH-A7", last(h).routing().team());
            assertEquals(1, last(h).rulesVersion());

            h.processBroadcastElement(rules(2, BATCH_TO_B), T0 + 1);
            h.processElement(ticket(2, T0 + 2), T0 + 2);
            assertEquals("TECH-B", last(h).routing().team());
            assertEquals("E-5", last(h).routing().engineer());
            assertEquals(List.of("batch:A7K2"), last(h).routing().path());
            assertEquals(2, last(h).rulesVersion());

            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0 + 3);
            h.processBroadcastElement(
                    "{\"tenant_id\":\"t1\",\"version\":3,\"rules\":[{\"kind\":\"nonsense\"}]}", T0 + 3);
            h.processElement(ticket(3, T0 + 4), T0 + 4);
            assertEquals("TECH-B", last(h).routing().team(), "version 2 stays in force");

            // The new streak numbers apply too: two in a row, then 30 minutes of rest.
            assertEquals("E-5", last(h).routing().engineer());
            h.processElement(ticket(4, T0 + 5), T0 + 5);
            assertEquals(
                    List.of("every engineer of team TECH-B who may take it is resting after a streak"),
                    last(h).routing().warnings().subList(1, 2));
        }
    }

    @Test
    void aPartOutOfStockBlocksUntilStockArrives() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0);
            h.processElement(engineer("E-1", "TECH-A7"), T0);
            h.processElement(stock("P-OBC-07", 0, T0), T0);
            h.processElement(ticket("t1", 1, "OBC-6.6kW", "OBC-E017", T0), T0);
            DispatchDecision.Content blocked = last(h);
            assertTrue(blocked.routing().blocked());
            assertEquals(List.of("batch:A7K2", "stock:1"), blocked.routing().path());
            assertTrue(blocked.routing().warnings().getFirst().startsWith("stock-out: part P-OBC-07"));
            assertEquals(List.of(), assignments(h), "a blocked dispatch sends nobody");

            h.processElement(stock("P-OBC-07", 2, T0 + 1), T0 + 1);
            h.processElement(ticket("t1", 2, "OBC-6.6kW", "OBC-E017", T0 + 2), T0 + 2);
            assertFalse(last(h).routing().blocked());
            assertEquals(1, assignments(h).size());
        }
    }

    /**
     * A replayed history reads its master data far ahead of its tickets: a stock-out and its restock both arrive
     * before the tickets of their days, and each ticket is still judged by the stock of its own time.
     */
    @Test
    void aTicketIsJudgedByTheStockOfItsOwnTimeWhenMasterDataRunsAhead() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0);
            h.processElement(engineer("E-1", "TECH-A7"), T0);
            h.processElement(stock("P-OBC-07", 4, T0), T0);
            h.processElement(stock("P-OBC-07", 0, T0 + HOUR), T0 + HOUR);
            h.processElement(stock("P-OBC-07", 5, T0 + 3 * HOUR), T0 + 3 * HOUR);

            h.processElement(ticket("t1", 1, "OBC-6.6kW", "OBC-E017", T0 + HOUR / 2), T0 + HOUR / 2);
            assertFalse(last(h).routing().blocked(), "in stock before the stock-out");
            h.processElement(ticket("t1", 2, "OBC-6.6kW", "OBC-E017", T0 + HOUR), T0 + HOUR);
            assertTrue(last(h).routing().blocked(), "out from the stock-out's instant on");
            h.processElement(ticket("t1", 3, "OBC-6.6kW", "OBC-E017", T0 + 2 * HOUR), T0 + 2 * HOUR);
            assertTrue(last(h).routing().blocked(), "until the restock");
            h.processElement(ticket("t1", 4, "OBC-6.6kW", "OBC-E017", T0 + 4 * HOUR), T0 + 4 * HOUR);
            assertFalse(last(h).routing().blocked(), "in stock again");
            h.processElement(ticket("t1", 5, "OBC-6.6kW", "OBC-E017", T0 - HOUR), T0 - HOUR);
            assertFalse(last(h).routing().blocked(), "before any level was known, the first known level applies");
        }
    }

    @Test
    void aTenantWithoutRulesGetsNoDecisions() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0);
            h.processElement(ticket("t2", 1, "ACC-2", null, T0), T0);
            assertEquals(List.of(), h.extractOutputValues());
        }
    }

    /** A dispatch-hints message as the patterns job writes it (PatternFeeds.dispatch). */
    private static String hint(String tenant, String pattern, String status, String... codes) {
        return """
                {"tenant_id":"%s","pattern_id":"%s","status":"%s","evaluated_at":"2026-01-08T00:00:00Z",
                 "defining_codes":[%s],"title":{"zh":"车载充电机过热","en":"OBC overheating"},
                 "hints":{"teams":["T-TECH-HV"],"parts":["P-OBC-07"],"root_causes":["thermal pad"],
                          "resolution":"REPLACE_PART"}}""".formatted(
                tenant,
                pattern,
                status,
                String.join(
                        ",", List.of(codes).stream().map(c -> "\"" + c + "\"").toList()));
    }

    @Test
    void aTicketOfAnOpenPatternCarriesItsHintUntilThePatternCloses() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0);
            h.processElement(stock("P-OBC-07", 3, T0), T0);
            h.processBroadcastElement(hint("t1", "FP-1", "active", "fault:OBC-E017", "model:OBC-6.6kW"), T0);
            h.processBroadcastElement(hint("t1", "FP-2", "emerging", "fault:OBC-E017", "region:华南"), T0);
            h.processBroadcastElement(hint("t2", "FP-9", "active", "fault:OBC-E017"), T0);

            h.processElement(ticket("t1", 1, "OBC-6.6kW", "OBC-E017", T0 + 1), T0 + 1);
            List<PatternHint> hints = last(h).hints();
            assertEquals(1, hints.size(), "FP-2 needs 华南, FP-9 is another tenant's: " + hints);
            PatternHint hint = hints.getFirst();
            assertEquals("FP-1", hint.patternId());
            assertEquals(List.of("T-TECH-HV"), hint.teams());
            assertEquals(List.of("P-OBC-07"), hint.parts());
            assertEquals(List.of("thermal pad"), hint.rootCauses());
            assertEquals("OBC overheating", hint.title().en());
            assertEquals(List.of("batch:A7K2", "stock:1"), last(h).routing().path(), "routed by the rules as ever");

            h.processElement(ticket("t1", 2, "ACC-2", "ACC-E1", T0 + 2), T0 + 2);
            assertEquals(List.of(), last(h).hints(), "another fault matches no pattern");

            h.processBroadcastElement(hint("t1", "FP-1", "resolved", "fault:OBC-E017", "model:OBC-6.6kW"), T0 + 3);
            h.processElement(ticket("t1", 3, "OBC-6.6kW", "OBC-E017", T0 + 4), T0 + 4);
            assertEquals(List.of(), last(h).hints(), "a resolved pattern's hint is withdrawn");
        }
    }

    @Test
    void theDecisionRowCarriesTheHintsAsTheHintsEndpointShowsThem() throws Exception {
        try (var h = harness()) {
            h.processBroadcastElement(rules(1, BATCH_TO_A7), T0);
            h.processBroadcastElement(hint("t1", "FP-1", "active", "fault:OBC-E017"), T0);
            h.processElement(ticket("t1", 1, "OBC-6.6kW", "OBC-E017", T0 + 1), T0 + 1);
            var row = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(new DispatchDecisionRows()
                            .toJsonRow(h.extractOutputValues().getLast()));
            var hints = new com.fasterxml.jackson.databind.ObjectMapper()
                    .readTree(row.path("hints").asText());
            assertEquals("FP-1", hints.get(0).path("pattern_id").asText(), row.toString());
            assertEquals(
                    "[\"fault:OBC-E017\"]", hints.get(0).path("matched_codes").toString());
            assertEquals("[\"P-OBC-07\"]", hints.get(0).path("parts").toString());
            assertEquals("REPLACE_PART", hints.get(0).path("resolution").asText());
        }
    }
}
