package io.ticketradar.pipelines.functions;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.events.EventType;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecodeEventsTest {

    private static final String VALID = """
            {"event_id":"e1","event_type":"FIRST_RESPONSE","tenant_id":"t1","ticket_id":"T-1",
             "ts":"2026-01-05T09:00:00+08:00","schema_version":1,"responder_id":"ENG-1","diagnostic":true}""";

    @Test
    void passesValidEventsOnWithTheirSourceCoordinates() throws Exception {
        try (OneInputStreamOperatorTestHarness<SourceRecord, SourcedEvent> harness = harness()) {
            harness.processElement(record(VALID, 17), 0);

            List<SourcedEvent> out = harness.extractOutputValues();
            assertEquals(1, out.size());
            SourcedEvent e = out.getFirst();
            assertEquals(EventType.FIRST_RESPONSE, e.event().type());
            assertEquals("t1", e.event().tenantId());
            assertEquals(17L, e.sourceOffset());
            assertEquals("ticket-events", e.sourceTopic());
            assertTrue(harness.getSideOutput(DecodeEvents.DEAD_LETTERS) == null
                    || harness.getSideOutput(DecodeEvents.DEAD_LETTERS).isEmpty());
        }
    }

    @Test
    void turnsBadRecordsIntoDeadLettersWithReasonAndOffsetAndKeepsGoing() throws Exception {
        try (OneInputStreamOperatorTestHarness<SourceRecord, SourcedEvent> harness = harness()) {
            harness.processElement(record("{not json", 3), 0);
            harness.processElement(
                    record(VALID.replace("\"ts\":\"2026-01-05T09:00:00+08:00\"", "\"ts\":\"yesterday\""), 4), 0);
            harness.processElement(new SourceRecord("ticket-events", 1, 5, new byte[0]), 0);
            harness.processElement(record(VALID, 6), 0);

            ConcurrentLinkedQueue<StreamRecord<DeadLetter>> dead = harness.getSideOutput(DecodeEvents.DEAD_LETTERS);
            List<DeadLetter> letters = dead.stream().map(StreamRecord::getValue).toList();
            assertEquals(
                    List.of(
                            RejectionReason.MALFORMED_JSON,
                            RejectionReason.BAD_TIMESTAMP,
                            RejectionReason.MALFORMED_JSON),
                    letters.stream().map(DeadLetter::reason).toList());
            assertEquals(
                    List.of(3L, 4L, 5L),
                    letters.stream().map(DeadLetter::sourceOffset).toList());
            assertEquals("t1", letters.get(1).tenantId(), "context read from a record that failed later checks");
            assertEquals("{not json", letters.getFirst().payload(), "the original record is kept");
            assertEquals(1, harness.extractOutputValues().size(), "a bad record does not stop the next good one");
        }
    }

    private static OneInputStreamOperatorTestHarness<SourceRecord, SourcedEvent> harness() throws Exception {
        return ProcessFunctionTestHarnesses.forProcessFunction(new DecodeEvents());
    }

    private static SourceRecord record(String json, long offset) {
        return new SourceRecord("ticket-events", 1, offset, json.getBytes(StandardCharsets.UTF_8));
    }
}
