package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/tickets/{ticket_id}/dispatch}: how dispatch routed one of the caller's tickets, each routing
 * oldest first (at creation, and again when a diagnosis changed the fault) with the rules that decided. A known
 * ticket that was never routed (its tenant had no rules then) has none; an unknown ticket, another tenant's
 * included, is a 404. A decision carries the hints of the open failure patterns its ticket matched when routed
 * (team, parts to bring, knowledge entry), shaped as {@code GET /api/v1/tickets/{id}/hints} shows them.
 */
final class TicketDispatchHandler implements Handler {

    private static final String DECISIONS = """
            SELECT decision_id, trigger, decided_at, rules_version, team_id, engineer_id, rule_path, blocked,
                   assigned, warnings, hints
            FROM dispatch_decisions FINAL WHERE tenant_id = ? AND ticket_id = ?
            ORDER BY decided_at, decision_id""";
    private static final String KNOWN =
            "SELECT 1 FROM ticket_facts FINAL WHERE tenant_id = ? AND ticket_id = ? LIMIT 1";

    private static final ObjectMapper HINTS = new ObjectMapper();

    private final Warehouse warehouse;

    TicketDispatchHandler(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    record Decision(
            String decisionId,
            String trigger,
            String decidedAt,
            long rulesVersion,
            String teamId,
            String engineerId,
            List<String> rulePath,
            boolean blocked,
            boolean assigned,
            List<String> warnings,
            JsonNode hints) {}

    record TicketDispatch(String ticketId, List<Decision> decisions) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String ticketId = ctx.pathParam("ticket_id");
        List<Decision> decisions = warehouse.query(DECISIONS, tenant, ticketId).stream()
                .map(TicketDispatchHandler::decision)
                .toList();
        if (decisions.isEmpty() && warehouse.query(KNOWN, tenant, ticketId).isEmpty()) {
            throw ApiException.notFound("ticket '" + ticketId + "' not found");
        }
        ctx.json(new TicketDispatch(ticketId, decisions));
    }

    /** As the job wrote them: the shape of {@code GET /api/v1/tickets/{id}/hints}. */
    private static JsonNode hints(String json) {
        try {
            return HINTS.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored dispatch hints are not JSON", e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Decision decision(Map<String, Object> row) {
        return new Decision(
                (String) row.get("decision_id"),
                (String) row.get("trigger"),
                WarehouseValues.utcInstant(row.get("decided_at")),
                (Long) row.get("rules_version"),
                (String) row.get("team_id"),
                (String) row.get("engineer_id"),
                (List<String>) row.get("rule_path"),
                (Boolean) row.get("blocked"),
                (Boolean) row.get("assigned"),
                (List<String>) row.get("warnings"),
                hints((String) row.get("hints")));
    }
}
