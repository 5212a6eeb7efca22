package io.ticketradar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/tickets/{ticket_id}/events[?limit=&offset=]}: the stored events of one of the caller's tickets,
 * in event-time order. Another tenant's ticket gets the same 404 as a ticket that does not exist,
 * so ticket ids of other tenants cannot be probed.
 */
final class TicketEventsHandler implements Handler {

    // FINAL: the table is a ReplacingMergeTree, so a replayed event is stored twice until a merge.
    private static final String QUERY = """
            SELECT payload FROM %s FINAL
            WHERE tenant_id = ? AND ticket_id = ?
            ORDER BY ts, event_id""".formatted(io.ticketradar.warehouse.tables.TicketEvents.TABLE) + Page.SQL;
    private static final String COUNT = "SELECT count() AS total FROM "
            + io.ticketradar.warehouse.tables.TicketEvents.TABLE + " FINAL WHERE tenant_id = ? AND ticket_id = ?";

    private final Warehouse warehouse;
    private final ObjectMapper mapper;

    TicketEventsHandler(Warehouse warehouse, ObjectMapper mapper) {
        this.warehouse = warehouse;
        this.mapper = mapper;
    }

    record TicketEvents(String ticketId, long total, int limit, int offset, List<JsonNode> events) {}

    @Override
    public void handle(Context ctx) throws JsonProcessingException {
        String ticketId = ctx.pathParam("ticket_id");
        String tenant = BearerAuth.tenant(ctx);
        Page page = Page.of(ctx);
        long total = (Long) warehouse.query(COUNT, tenant, ticketId).getFirst().get("total");
        if (total == 0) {
            throw ApiException.notFound("ticket '" + ticketId + "' not found");
        }
        List<Map<String, Object>> rows = warehouse.query(QUERY, tenant, ticketId, page.limit(), page.offset());
        List<JsonNode> events = new ArrayList<>(rows.size());
        for (Map<String, Object> row : rows) {
            events.add(mapper.readTree((String) row.get("payload")));
        }
        ctx.json(new TicketEvents(ticketId, total, page.limit(), page.offset(), events));
    }
}
