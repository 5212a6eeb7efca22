package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import org.apache.flink.api.common.functions.MapFunction;

import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A merge made by the tenant's policy as the TICKET_MERGED event it is (DOMAIN.md §3): the duplicate's ticket id,
 * {@code into_ticket_id} the earliest ticket of its group, at the event time of the match. The event id is derived
 * from the two tickets, so a replayed merge is dropped as a repeat.
 */
final class MergeEvents implements MapFunction<MergeSuggestion, Event> {

    private static final long serialVersionUID = 1L;
    private transient EventCodec codec;

    @Override
    public Event map(MergeSuggestion merge) {
        codec = codec == null ? new EventCodec() : codec;
        return codec.newEvent(
                merge.mergeEventId(),
                merge.tenantId(),
                merge.ticketId(),
                Instant.ofEpochMilli(merge.decidedAt()).atOffset(ZoneOffset.UTC),
                new EventBody.TicketMerged(merge.intoTicketId()));
    }
}
