package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Ids;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MergeEventsTest {

    /**
     * Two tickets with ids of the longest valid length make a merge id twice too long for an event id; the merge
     * must still become an event rather than an exception that fails the job.
     */
    @Test
    void mergeOfTwoTicketsWithTheLongestIdsIsStillAnEvent() {
        String ticket = "B".repeat(Ids.MAX_LENGTH);
        String into = "A".repeat(Ids.MAX_LENGTH);
        long at = Instant.parse("2026-01-05T01:00:00Z").toEpochMilli();
        MergeSuggestion merge = new MergeSuggestion(
                "tenant-a",
                ticket,
                into,
                into,
                new Evidence(List.of("customer_id"), List.of(), null, 1.0),
                at,
                at - 3_600_000,
                true,
                at,
                1);

        Event event = new MergeEvents().map(merge);

        assertEquals(EventType.TICKET_MERGED, event.type());
        assertEquals(ticket, event.ticketId());
        assertEquals(Ids.MAX_LENGTH, event.eventId().length());
        assertTrue(event.eventId().startsWith("merge:BBB"), event.eventId());
        assertEquals(event.eventId(), new MergeEvents().map(merge).eventId(), "a replayed merge is a repeat");
    }
}
