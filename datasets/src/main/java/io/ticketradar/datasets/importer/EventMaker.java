package io.ticketradar.datasets.importer;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Ids;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Locale;

/**
 * Makes the events of one import through {@link EventCodec#newEvent}, which validates each one: what
 * the importer emits is what a consumer accepts. Times carry the mapping zone's offset.
 */
final class EventMaker {
    private final EventCodec codec = new EventCodec();
    private final String tenantId;
    private final ZoneId zone;

    EventMaker(String tenantId, ZoneId zone) {
        this.tenantId = tenantId;
        this.zone = zone;
    }

    /** The tickets of an import, starting with this one. */
    TicketEvents ticket(String ticketId) {
        return new TicketEvents(this, ticketId);
    }

    /**
     * Ids depend on the tenant, the ticket and how many events of the type the ticket had before, never
     * on the file's row order: importing a file again, or a later export with more rows, yields the
     * same ids for the same events, and the pipeline's de-duplication absorbs them.
     */
    Event make(String ticketId, int nth, Instant at, EventBody body) throws RowProblem {
        String eventId = Ids.derived(
                "import:" + tenantId + ":" + ticketId + ":" + body.type().name().toLowerCase(Locale.ROOT) + "-" + nth);
        try {
            return codec.newEvent(eventId, tenantId, ticketId, OffsetDateTime.ofInstant(at, zone), body);
        } catch (IllegalArgumentException e) {
            throw new RowProblem(Reason.INVALID_EVENT, null, body.type() + " would be rejected: " + e.getMessage());
        }
    }
}
