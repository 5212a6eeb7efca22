package io.ticketradar.events;

import java.time.Instant;

/**
 * One validated event as it travels through the pipelines: the envelope fields every event carries
 * (DOMAIN.md §3) plus the whole original JSON object, so unknown extra fields are never lost.
 * Instances come from {@link EventCodec#decode} or {@link EventCodec#newEvent}; the typed fields are
 * read with {@link EventCodec#body(Event)}.
 *
 * @param ticketId null for repair and master-data events that carry none
 * @param deviceSn the device the event concerns, when it names one (repair events are keyed by it)
 * @param json     the event as received, compact JSON, including fields this version does not know
 */
public record Event(
        String eventId,
        EventType type,
        String tenantId,
        String ticketId,
        String deviceSn,
        Instant ts,
        int schemaVersion,
        String json) {

    /** The Kafka topic this event belongs on. */
    public String topic() {
        return type.topic();
    }

    /**
     * The Kafka record key: the ticket for ticket events, the device for repair events and device master data, so
     * each stays in order; the event id for other master data, whose ids name what they define (a compacted topic
     * keeps the newest record per key).
     */
    public String partitionKey() {
        if (Topics.TICKET_EVENTS.equals(topic())) {
            return ticketId;
        }
        return deviceSn != null || Topics.REPAIR_EVENTS.equals(topic()) ? deviceSn : eventId;
    }
}
