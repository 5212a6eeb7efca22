package io.ticketradar.events;

/**
 * Why a record was not accepted, with whatever identifying context could still be read from it.
 *
 * @param detail    for a person: which field, what was expected, what came
 * @param eventId   null when unreadable (as are the other context fields)
 * @param eventType the raw {@code event_type} text, even when it names no known type
 */
public record Rejection(
        RejectionReason reason, String detail, String eventId, String tenantId, String ticketId, String eventType) {

    /** A rejection of a record that could not be read at all. */
    static Rejection withoutContext(RejectionReason reason, String detail) {
        return new Rejection(reason, detail, null, null, null, null);
    }
}
