package io.ticketradar.pipelines.functions;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventType;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class DropDuplicateEventsTest {

    @Test
    void letsTheFirstOfEachTenantAndEventIdThroughAndDropsRepeats() throws Exception {
        try (KeyedOneInputStreamOperatorTestHarness<String, SourcedEvent, SourcedEvent> harness =
                ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                        new DropDuplicateEvents(Duration.ofDays(7)), SourcedEvent::dedupKey, Types.STRING)) {
            harness.processElement(event("t1", "e1", 1), 1);
            harness.processElement(event("t1", "e1", 2), 2); // repeat: dropped
            harness.processElement(event("t2", "e1", 3), 3); // same id, other tenant: kept
            harness.processElement(event("t1", "e2", 4), 4);
            harness.processElement(event("t1", "e2", 5), 5); // repeat: dropped

            List<Long> offsets = harness.extractOutputValues().stream()
                    .map(SourcedEvent::sourceOffset)
                    .toList();
            assertEquals(List.of(1L, 3L, 4L), offsets);
            assertEquals(3, harness.numKeyedStateEntries(), "one remembered id per distinct event");
            assertEquals(0, harness.numEventTimeTimers(), "expiry is left to state TTL, not timers");
        }
    }

    private static SourcedEvent event(String tenant, String eventId, long offset) {
        Event e = new Event(
                eventId, EventType.TICKET_CLOSED, tenant, "T-1", null, Instant.parse("2026-01-05T01:00:00Z"), 1, "{}");
        return new SourcedEvent(e, "ticket-events", 0, offset);
    }
}
