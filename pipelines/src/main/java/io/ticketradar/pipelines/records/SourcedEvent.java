package io.ticketradar.pipelines.records;

import io.ticketradar.events.Event;

/** A validated event together with the Kafka coordinates it was read from. */
public record SourcedEvent(Event event, String sourceTopic, int sourcePartition, long sourceOffset) {

    /** The de-duplication key: event ids are unique per tenant (DOMAIN.md §3). */
    public String dedupKey() {
        return event.tenantId() + '\u0000' + event.eventId();
    }
}
