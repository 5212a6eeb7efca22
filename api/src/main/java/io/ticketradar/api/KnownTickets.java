package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketFacts;

/**
 * For a ticket route that found nothing on the ticket: a ticket the tenant has is answered with its empty list, one
 * it has not (or another tenant's) is a 404.
 */
final class KnownTickets {

    private static final String KNOWN =
            "SELECT 1 FROM " + TicketFacts.TABLE + " FINAL WHERE tenant_id = ? AND ticket_id = ? LIMIT 1";

    private KnownTickets() {}

    /** @throws ApiException 404 when the tenant has no such ticket */
    static void require(Warehouse warehouse, String tenant, String ticketId) {
        if (warehouse.query(KNOWN, tenant, ticketId).isEmpty()) {
            throw ApiException.notFound("ticket '" + ticketId + "' not found");
        }
    }
}
