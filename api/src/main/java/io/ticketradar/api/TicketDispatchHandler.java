package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.DispatchDecisions;

import java.util.List;

/**
 * {@code GET /api/v1/tickets/{ticket_id}/dispatch}: how dispatch routed one of the caller's tickets, each routing
 * oldest first (at creation, and again when a diagnosis changed the fault) with the rules that decided. A known
 * ticket that was never routed (its tenant had no rules then) has none; an unknown ticket, another tenant's
 * included, is a 404. A decision carries the hints of the open failure patterns its ticket matched when routed
 * (team, parts to bring, knowledge entry), shaped as {@code GET /api/v1/tickets/{id}/hints} shows them.
 */
final class TicketDispatchHandler implements Handler {

    private static final String DECISIONS =
            "SELECT " + DispatchDecisionView.COLUMNS + """
             FROM %s FINAL WHERE tenant_id = ? AND ticket_id = ?
            ORDER BY decided_at, decision_id""".formatted(DispatchDecisions.TABLE);

    private final Warehouse warehouse;

    TicketDispatchHandler(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    record TicketDispatch(String ticketId, List<DispatchDecisionView> decisions) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String ticketId = ctx.pathParam("ticket_id");
        List<DispatchDecisionView> decisions = warehouse.query(DECISIONS, tenant, ticketId).stream()
                .map(DispatchDecisionView::of)
                .toList();
        if (decisions.isEmpty()) {
            KnownTickets.require(warehouse, tenant, ticketId);
        }
        ctx.json(new TicketDispatch(ticketId, decisions));
    }
}
