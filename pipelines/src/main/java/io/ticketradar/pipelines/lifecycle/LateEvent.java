package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.EventType;

/**
 * A ticket event that could not be applied in event-time order, for the {@code late_events} table.
 *
 * @param watermark the event time (epoch ms) the job had reached when it dealt with the event
 */
public record LateEvent(
        String tenantId,
        String ticketId,
        String eventId,
        EventType type,
        long eventTs,
        long watermark,
        Outcome outcome) {

    public enum Outcome {
        /** Arrived after event time had passed it: folded in its place, the ticket's fact re-emitted (a correction). */
        APPLIED_AS_CORRECTION,
        /** Its ticket was already done (closed and past the reopen window): dropped. */
        AFTER_CLOSE_OUT,
        /** Its ticket's creation never arrived within the correction horizon: dropped. */
        NO_CREATION
    }
}
