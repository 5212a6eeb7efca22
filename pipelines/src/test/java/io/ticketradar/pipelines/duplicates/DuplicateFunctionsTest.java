package io.ticketradar.pipelines.duplicates;

import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.ticketradar.pipelines.duplicates.TicketEvents.closed;
import static io.ticketradar.pipelines.duplicates.TicketEvents.created;
import static io.ticketradar.pipelines.duplicates.TicketEvents.diagnosed;
import static io.ticketradar.pipelines.duplicates.TicketEvents.sourced;
import static io.ticketradar.pipelines.duplicates.Tickets.TENANT;
import static io.ticketradar.pipelines.duplicates.Tickets.at;
import static io.ticketradar.pipelines.duplicates.Tickets.ticket;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The job's three keyed functions in Flink's operator test harness: their output, state and timers. */
class DuplicateFunctionsTest {

    @Test
    void snapshots_waitForTheCreation_takeTheLaterDiagnosis_endWithTheClosing_andAreDropped72hAfterCreation()
            throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, SourcedEvent, TicketSnapshot> harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new TicketSnapshots(), TicketSnapshots::key, Types.STRING)) {
            harness.processElement(sourced(diagnosed(TENANT, "A", 2, "HV-OBC-01")), at(2));
            assertTrue(harness.extractOutputValues().isEmpty(), "nothing to say before the creation arrives");

            harness.processElement(sourced(created(TENANT, "A", 0, "C-1", "138", "SN-1", "S01")), at(0));
            harness.processElement(sourced(closed(TENANT, "A", 30)), at(30));

            List<TicketSnapshot> out = harness.extractOutputValues();
            assertEquals(2, out.size(), out.toString());
            assertEquals("HV-OBC-01", out.get(0).faultCode(), "the diagnosis that came first is kept");
            assertEquals(at(0), out.get(0).createdAt());
            assertEquals(at(2), out.get(0).faultAt());
            assertEquals(TicketSnapshot.NEVER, out.get(0).closedAt());
            assertEquals(at(30), out.get(1).closedAt());
            assertEquals(1, harness.numEventTimeTimers());

            harness.processWatermark(at(72) - 1);
            assertTrue(harness.numKeyedStateEntries() > 0, "kept for the whole 72 h");
            harness.processWatermark(at(72));
            assertEquals(0, harness.numKeyedStateEntries(), "dropped 72 h after the creation");
            assertEquals(0, harness.numEventTimeTimers());
        }
    }

    @Test
    void pairs_areFoundOnceEventTimeReachesTheChange_includingExactly72hApart_andTheStateIsCleanedAfter72h()
            throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, KeyedSnapshot, DuplicatePair> harness = pairFinder()) {
            harness.processElement(keyed(ticket("A", 0, "S01")), at(0));
            harness.processElement(keyed(ticket("B", 10, "S02")), at(10));
            harness.processWatermark(at(10));
            assertTrue(harness.extractOutputValues().isEmpty(), "no common symptom, no fault code");
            harness.processElement(keyed(ticket("B", 10, "S02").withFaultCode("X", at(20))), at(20));
            harness.processElement(keyed(ticket("A", 0, "S01").withFaultCode("X", at(21))), at(21));
            assertTrue(harness.extractOutputValues().isEmpty(), "event time has not reached the diagnoses yet");
            harness.processWatermark(at(21));
            List<DuplicatePair> pairs = harness.extractOutputValues();
            assertEquals(List.of("A~B"), names(pairs), "a pair becomes a duplicate when the fault code is diagnosed");
            assertEquals(at(21), pairs.getLast().matchedAt());

            harness.processElement(keyed(ticket("C", 72, "S01")), at(72));
            harness.processWatermark(at(72));
            assertEquals(List.of("A~B", "A~C"), names(harness.extractOutputValues()), "exactly 72 h is within");

            harness.processElement(keyed(ticket("D", 80, "S01", "S02")), at(80));
            harness.processWatermark(at(80));
            assertEquals(
                    List.of("A~B", "A~C", "B~D", "C~D"),
                    names(harness.extractOutputValues()),
                    "A left at 72 h: D is 80 h after it");

            harness.processWatermark(at(80 + 72));
            assertEquals(0, harness.numKeyedStateEntries(), "every ticket left 72 h after its creation");
            assertEquals(0, harness.numEventTimeTimers());
        }
    }

    @Test
    void aTicketClosedBeforeItsLookAlikeCameIsNeverPaired_evenWhenTheClosingArrivesAfterIt() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, KeyedSnapshot, DuplicatePair> harness = pairFinder()) {
            harness.processElement(keyed(ticket("A", 0, "S01")), at(0));
            harness.processElement(keyed(ticket("B", 6, "S01")), at(6));
            harness.processElement(keyed(ticket("A", 0, "S01").closedAt(at(5))), at(5));
            harness.processWatermark(at(10));

            assertTrue(
                    harness.extractOutputValues().isEmpty(),
                    harness.extractOutputValues().toString());
        }
    }

    @Test
    void anIdentityNamedByMoreThan20TicketsIn72hIsNotEvidence_beyondThe20th() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, KeyedSnapshot, DuplicatePair> harness = pairFinder()) {
            for (int i = 0; i <= PairFinder.CROWDED; i++) {
                harness.processElement(keyed(ticket("T" + i, i, "S01")), at(i));
            }
            harness.processWatermark(at(PairFinder.CROWDED));

            List<DuplicatePair> pairs = harness.extractOutputValues();
            assertEquals(
                    PairFinder.CROWDED * (PairFinder.CROWDED - 1) / 2,
                    names(pairs).size());
            assertTrue(pairs.stream().noneMatch(p -> p.later().ticketId().equals("T" + PairFinder.CROWDED)));
            harness.processWatermark(at(PairFinder.CROWDED + 72));
            assertEquals(0, harness.numKeyedStateEntries());
        }
    }

    @Test
    void aChainOfThreeMergesIntoTheEarliest_whicheverPairComesFirst() throws Exception {
        TicketSnapshot a = ticket("A", 0, "S01");
        TicketSnapshot b = ticket("B", 10, "S01", "S02");
        TicketSnapshot c = ticket("C", 20, "S02");
        try (KeyedTwoInputStreamOperatorTestHarness<String, DuplicatePair, TicketSnapshot, MergeSuggestion> harness =
                chains(DuplicateSettings.defaults())) {
            harness.processElement1(DuplicateRule.pair(b, c).orElseThrow(), at(20));
            harness.processElement1(DuplicateRule.pair(a, b).orElseThrow(), at(30));

            List<MergeSuggestion> out = harness.extractOutputValues();
            assertEquals(List.of("C>B", "B>A", "C>A"), merges(out), "C is pointed anew at the group's earliest");
            MergeSuggestion c2a = out.get(2);
            assertEquals("B", c2a.matchedTicketId(), "the evidence is of the match with B");
            assertEquals(List.of("S02"), c2a.evidence().sharedSymptoms());
            assertEquals(at(0), c2a.intoCreatedAt());
            assertTrue(c2a.version() > out.get(0).version(), "the newer version replaces C>B");
            assertTrue(out.stream().noneMatch(MergeSuggestion::merged), "the default policy only suggests");

            harness.processElement1(DuplicateRule.pair(a, b).orElseThrow(), at(31));
            assertEquals(3, harness.extractOutputValues().size(), "a pair seen again changes nothing");

            harness.processBothWatermarks(new Watermark(at(20 + 72)));
            assertEquals(0, harness.numKeyedStateEntries(), "every ticket left 72 h after its creation");
            assertEquals(0, harness.numEventTimeTimers());
        }
    }

    @Test
    void aRootLivesOnForItsGroup_andAClosedOneIsNeverSuggestedInto() throws Exception {
        TicketSnapshot a = ticket("A", 0, "S01");
        TicketSnapshot b = ticket("B", 60, "S01");
        TicketSnapshot c = ticket("C", 100, "S01");
        TicketSnapshot d = ticket("D", 110, "S01");
        try (KeyedTwoInputStreamOperatorTestHarness<String, DuplicatePair, TicketSnapshot, MergeSuggestion> harness =
                chains(DuplicateSettings.defaults())) {
            harness.processElement1(DuplicateRule.pair(a, b).orElseThrow(), at(60));
            harness.processBothWatermarks(new Watermark(at(80)));
            harness.processElement1(DuplicateRule.pair(b, c).orElseThrow(), at(100));
            assertEquals(List.of("B>A", "C>A"), merges(harness.extractOutputValues()), "A outlived its own window");

            harness.processElement2(a.closedAt(at(105)), at(105));
            harness.processElement1(DuplicateRule.pair(c, d).orElseThrow(), at(110));
            assertEquals(
                    List.of("B>A", "C>A", "C>B", "D>B"),
                    merges(harness.extractOutputValues()),
                    "A was closed when D came: the next open ticket of the group takes its place");
        }
    }

    @Test
    void theMergePolicyMerges() throws Exception {
        try (KeyedTwoInputStreamOperatorTestHarness<String, DuplicatePair, TicketSnapshot, MergeSuggestion> harness =
                chains(DuplicateSettings.defaults().withTenant(TENANT, MergePolicy.MERGE))) {
            harness.processElement1(
                    DuplicateRule.pair(ticket("A", 0, "S01"), ticket("B", 1, "S01"))
                            .orElseThrow(),
                    at(1));

            MergeSuggestion merge = harness.extractOutputValues().getFirst();
            assertTrue(merge.merged());
            assertEquals("merged", merge.status());
            assertEquals("merge:B>A", merge.mergeEventId());
        }
    }

    private static KeyedTwoInputStreamOperatorTestHarness<String, DuplicatePair, TicketSnapshot, MergeSuggestion>
            chains(DuplicateSettings settings) throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedCoProcessFunction(
                new MergeChains(settings), p -> p.earlier().tenantId(), TicketSnapshot::tenantId, Types.STRING);
    }

    private static KeyedOneInputStreamOperatorTestHarness<String, KeyedSnapshot, DuplicatePair> pairFinder()
            throws Exception {
        return ProcessFunctionTestHarnesses.forKeyedProcessFunction(new PairFinder(), KeyedSnapshot::key, Types.STRING);
    }

    private static KeyedSnapshot keyed(TicketSnapshot ticket) {
        return new KeyedSnapshot(TENANT + "|customer_id|C-1", ticket);
    }

    private static List<String> names(List<DuplicatePair> pairs) {
        return pairs.stream()
                .map(p -> p.earlier().ticketId() + "~" + p.later().ticketId())
                .distinct()
                .sorted()
                .toList();
    }

    private static List<String> merges(List<MergeSuggestion> out) {
        return out.stream().map(s -> s.ticketId() + ">" + s.intoTicketId()).toList();
    }
}
