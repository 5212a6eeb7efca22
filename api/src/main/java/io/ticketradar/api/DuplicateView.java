package io.ticketradar.api;

import java.util.List;

/**
 * A duplicate ticket as the API shows it: the suggestion (or the merge the tenant's policy made) with its evidence,
 * and a person's decision about it. {@code id} is the duplicate's ticket id: a ticket is suggested into one ticket at a
 * time.
 *
 * @param status   suggested, accepted, rejected (a person decided) or merged (by the tenant's policy)
 * @param decision null while nobody decided
 */
record DuplicateView(
        String id,
        String ticketId,
        String intoTicketId,
        String matchedTicketId,
        String status,
        Evidence evidence,
        String ticketCreatedAt,
        String intoCreatedAt,
        String suggestedAt,
        Decision decision) {

    /**
     * @param matchedKeys     which of customer_id, customer_phone, device_sn the two tickets share
     * @param sharedFaultCode null when the symptoms matched
     */
    record Evidence(List<String> matchedKeys, List<String> sharedSymptoms, String sharedFaultCode, double hoursApart) {}

    /** @param reason null when none was given */
    record Decision(String decision, String reason, String by, String at) {}
}
