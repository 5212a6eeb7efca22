package io.ticketradar.pipelines.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.pipelines.functions.DecodeEvents;
import io.ticketradar.pipelines.ingest.IngestFixtures.Fixture;
import io.ticketradar.pipelines.records.EventTimes;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Queue;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bad-input corpus through the decoder, one kind at a time: fast, and a failure names the kind that threw, slipped
 * through or was rejected for the wrong reason. {@link BadInputIntegrationTest} sends the same corpus through the
 * running job.
 */
class BadInputTest {

    @Test
    void corpusHasAtLeastThirtyKindsAndEveryRejectionReason() {
        assertTrue(BadInput.values().length >= 30, BadInput.values().length + " kinds");
        assertEquals(
                EnumSet.allOf(RejectionReason.class),
                Arrays.stream(BadInput.values()).map(kind -> kind.reason).collect(Collectors.toSet()));
    }

    @ParameterizedTest
    @EnumSource(BadInput.class)
    void eachKindBecomesADeadLetterWithItsReasonADetailThatSaysWhyAndItsOffset(BadInput kind) throws Exception {
        Fixture bad = kind.record(0);
        // The source's timestamp assigner reads every record before the decoder does: it must not throw either.
        long eventTime = assertDoesNotThrow(() -> EventTimes.of(bad.value()));

        try (OneInputStreamOperatorTestHarness<SourceRecord, SourcedEvent> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new DecodeEvents())) {
            harness.processElement(new SourceRecord(bad.topic(), 1, 41, bad.value()), 0);

            assertEquals(List.of(), harness.extractOutputValues(), "got past the codec");
            List<DeadLetter> letters = deadLetters(harness);
            assertEquals(1, letters.size(), "dead letters");
            DeadLetter letter = letters.getFirst();
            assertAll(
                    () -> assertEquals(kind.reason, letter.reason(), letter.detail()),
                    () -> assertTrue(letter.detail().contains(kind.detail), letter.detail()),
                    () -> assertTrue(letter.detail().length() < 500, "a detail is a sentence, not the record"),
                    () -> assertEquals(bad.topic() + "/1@41", coordinates(letter)),
                    () -> assertEquals(bad.value().length, letter.payloadBytes()),
                    () -> assertEquals(letter, DeadLetter.fromJson(letter.toJson()), "the dead letter travels"),
                    () -> assertTrue(
                            eventTime == EventTimes.UNKNOWN || eventTime == BadInput.TS.toEpochMilli(),
                            "an implausible time never becomes event time: " + eventTime));
        }
    }

    @Test
    void injectionStringsAreValidEventsKeptVerbatim() throws Exception {
        List<ObjectNode> hostile = HostileText.events();
        try (OneInputStreamOperatorTestHarness<SourceRecord, SourcedEvent> harness =
                ProcessFunctionTestHarnesses.forProcessFunction(new DecodeEvents())) {
            for (ObjectNode e : hostile) {
                harness.processElement(
                        new SourceRecord(
                                "ticket-events", 0, 0, IngestFixtures.fixture(e).value()),
                        0);
            }

            assertEquals(
                    List.of(),
                    deadLetters(harness).stream().map(DeadLetter::detail).toList());
            List<String> kept = harness.extractOutputValues().stream()
                    .map(s -> s.event().json())
                    .toList();
            assertEquals(hostile.stream().map(ObjectNode::toString).toList(), kept);
        }
    }

    @Test
    void hostileTextReachesIdsTextsAndCodes() {
        String all = HostileText.events().stream().map(ObjectNode::toString).collect(Collectors.joining("\n"));
        for (String hostile : HostileText.ANYWHERE) {
            String quoted = TextNode.valueOf(hostile).toString();
            for (String field : List.of("event_id", "tenant_id", "region", "description", "root_cause")) {
                assertTrue(all.contains("\"" + field + "\":" + quoted), field + ": " + quoted);
            }
            assertTrue(all.contains("\"symptoms\":[\"SYM-01\",\"SYM-07\"," + quoted + "]"), "symptoms: " + quoted);
        }
    }

    /** The harness has no side output until something was sent to it. */
    private static List<DeadLetter> deadLetters(OneInputStreamOperatorTestHarness<SourceRecord, SourcedEvent> harness) {
        Queue<StreamRecord<DeadLetter>> out = harness.getSideOutput(DecodeEvents.DEAD_LETTERS);
        return out == null
                ? List.of()
                : out.stream().map(StreamRecord::getValue).toList();
    }

    private static String coordinates(DeadLetter letter) {
        return letter.sourceTopic() + "/" + letter.sourcePartition() + "@" + letter.sourceOffset();
    }
}
