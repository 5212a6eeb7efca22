package io.ticketradar.pipelines.duplicates;

import io.ticketradar.events.Ids;

/**
 * A duplicate ticket and the ticket it should be merged into (the earliest open ticket of its group), with the
 * evidence of the match that brought it into the group. One per duplicate ticket: a newer version replaces it when
 * the group gains an earlier ticket.
 *
 * @param matchedTicketId the ticket it matched; in a chain (A~B, B~C) C matched B but goes into A
 * @param merged          true when the tenant's policy merged it (TICKET_MERGED sent), false for a suggestion
 * @param decidedAt       event time of the match, epoch milliseconds
 * @param version         grows with every new version of the suggestion
 */
public record MergeSuggestion(
        String tenantId,
        String ticketId,
        String intoTicketId,
        String matchedTicketId,
        Evidence evidence,
        long ticketCreatedAt,
        long intoCreatedAt,
        boolean merged,
        long decidedAt,
        long version) {

    /** suggested or merged, as the table and the topic say it. */
    public String status() {
        return merged ? "merged" : "suggested";
    }

    /** The id of the TICKET_MERGED event of this merge: the same merge always has the same id. */
    public String mergeEventId() {
        return Ids.derived("merge:" + ticketId + ">" + intoTicketId);
    }
}
