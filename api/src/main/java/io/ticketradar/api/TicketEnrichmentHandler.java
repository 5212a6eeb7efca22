package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketEnrichments;

import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/tickets/{ticket_id}/enrichment}: what the caller's CRM and MES said about one of its tickets, one
 * entry per source by name: the outcome and the mapped fields. A known ticket that was never looked up (its tenant has
 * no sources, or the lookup is under way) has none; an unknown ticket, another tenant's included, is a 404. Only what
 * the tenant's field mapping took is shown: never the URL asked or the header sent.
 */
final class TicketEnrichmentHandler implements Handler {

    private static final String LOOKUPS = """
            SELECT source, outcome, fields, http_status, attempts, fetched_at
            FROM %s FINAL WHERE tenant_id = ? AND ticket_id = ?
            ORDER BY source""".formatted(TicketEnrichments.TABLE);

    private final Warehouse warehouse;

    TicketEnrichmentHandler(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    record Lookup(
            String source, String outcome, Map<String, String> fields, int httpStatus, int attempts, String fetchedAt) {

        @SuppressWarnings("unchecked")
        static Lookup of(Map<String, Object> row) {
            return new Lookup(
                    (String) row.get("source"),
                    (String) row.get("outcome"),
                    (Map<String, String>) row.get("fields"),
                    ((Number) row.get("http_status")).intValue(),
                    ((Number) row.get("attempts")).intValue(),
                    WarehouseValues.utcInstant(row.get("fetched_at")));
        }
    }

    record TicketEnrichment(String ticketId, List<Lookup> sources) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String ticketId = ctx.pathParam("ticket_id");
        List<Lookup> lookups = warehouse.query(LOOKUPS, tenant, ticketId).stream()
                .map(Lookup::of)
                .toList();
        if (lookups.isEmpty()) {
            KnownTickets.require(warehouse, tenant, ticketId);
        }
        ctx.json(new TicketEnrichment(ticketId, lookups));
    }
}
