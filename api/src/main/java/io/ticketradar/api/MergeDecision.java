package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Ids;
import io.ticketradar.warehouse.SqlLiterals;
import io.ticketradar.warehouse.tables.MergeDecisions;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * A person's decision about one merge suggestion, as one row of {@code merge_decisions} holds it.
 *
 * @param reason "" when none was given
 */
record MergeDecision(
        String tenantId,
        String ticketId,
        String intoTicketId,
        Action action,
        String reason,
        String decidedBy,
        Instant decidedAt,
        long version) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** What a PATCH may do. */
    enum Action implements QueryParams.Choice {
        ACCEPT("accepted"),
        REJECT("rejected");

        /** The status the suggestion takes. */
        final String status;

        Action(String status) {
            this.status = status;
        }

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * The TICKET_MERGED an acceptance sends. Its id is the one the duplicates job gives the same merge, so a merge
     * sent twice (a retried request, or the tenant's policy switched to merging) counts once.
     */
    Event mergeEvent(EventCodec codec) {
        return codec.newEvent(
                Ids.derived("merge:" + ticketId + ">" + intoTicketId),
                tenantId,
                ticketId,
                decidedAt.atOffset(ZoneOffset.UTC),
                new EventBody.TicketMerged(intoTicketId));
    }

    /** The row for {@code merge_decisions}. */
    String warehouseRow() {
        return MAPPER.createObjectNode()
                .put(MergeDecisions.TENANT_ID, tenantId)
                .put(MergeDecisions.TICKET_ID, ticketId)
                .put(MergeDecisions.INTO_TICKET_ID, intoTicketId)
                .put(MergeDecisions.DECISION, action.status)
                .put(MergeDecisions.REASON, reason)
                .put(MergeDecisions.DECIDED_BY, decidedBy)
                .put(MergeDecisions.DECIDED_AT, SqlLiterals.dateTime64Text(decidedAt))
                .put(MergeDecisions.VERSION, version)
                .toString();
    }
}
