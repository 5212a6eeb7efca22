package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.DispatchDecisions;

import java.util.List;

/**
 * {@code GET /api/v1/dispatch/decisions[?blocked=true][&limit=]}: the caller's most recent dispatch decisions, newest
 * first (at most {@value #MAX_LIMIT}, default {@value #DEFAULT_LIMIT}); {@code blocked=true} keeps those a stock-out
 * blocked. The per-ticket history is {@code GET /api/v1/tickets/{id}/dispatch}.
 */
final class DispatchDecisionsHandler implements Handler {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    private static final String RECENT =
            "SELECT " + DispatchDecisionView.COLUMNS + """
             FROM %s FINAL WHERE tenant_id = ? AND (blocked OR NOT ?)
            ORDER BY decided_at DESC, ticket_id, decision_id LIMIT ?""".formatted(DispatchDecisions.TABLE);

    private final Warehouse warehouse;

    DispatchDecisionsHandler(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    record Decisions(List<DispatchDecisionView> decisions) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        boolean blockedOnly = blocked(ctx.queryParam("blocked"));
        int limit = limit(ctx.queryParam("limit"));
        ctx.json(new Decisions(warehouse.query(RECENT, tenant, blockedOnly, limit).stream()
                .map(DispatchDecisionView::of)
                .toList()));
    }

    private static boolean blocked(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw ApiException.badParameter("blocked", "blocked must be true or false, not '" + value + "'");
    }

    private static int limit(String value) {
        if (value == null) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= MAX_LIMIT) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // falls through to the message
        }
        throw ApiException.badParameter(
                "limit", "limit must be a whole number from 1 to " + MAX_LIMIT + ", not '" + value + "'");
    }
}
