package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.FailureCases;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code GET /api/v1/tickets/{ticket_id}/hints}: dispatch hints for one of the caller's tickets: those of its
 * emerging and active patterns (dismissed ones excluded) whose every defining code is among the ticket's codes
 * ({@code failure_cases.codes}), newest detected first. A ticket known but not yet described as a failure case
 * has no hints; an unknown ticket (or another tenant's) is a 404.
 */
final class TicketHintsHandler implements Handler {

    private static final String CODES =
            "SELECT codes FROM " + FailureCases.TABLE + " FINAL WHERE tenant_id = ? AND ticket_id = ?";
    /** Hints are for a screen, not a report: a ticket matching more patterns than this gets the newest. */
    static final int MAX_HINTS = 20;

    private final Warehouse warehouse;
    private final Patterns patterns;

    TicketHintsHandler(Warehouse warehouse, Patterns patterns) {
        this.warehouse = warehouse;
        this.patterns = patterns;
    }

    record Hint(
            String patternId,
            PatternView.Texts title,
            List<String> matchedCodes,
            JsonNode teams,
            JsonNode parts,
            JsonNode rootCauses,
            JsonNode resolution) {}

    record TicketHints(String ticketId, List<Hint> hints) {}

    @Override
    @SuppressWarnings("unchecked")
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String ticketId = ctx.pathParam("ticket_id");
        Set<String> codes = new LinkedHashSet<>();
        List<Map<String, Object>> cases = warehouse.query(CODES, tenant, ticketId);
        cases.forEach(row -> codes.addAll((List<String>) row.get("codes")));
        if (cases.isEmpty()) {
            KnownTickets.require(warehouse, tenant, ticketId);
        }
        List<Hint> hints = new ArrayList<>();
        if (!codes.isEmpty()) {
            Patterns.Filter filter =
                    Patterns.Filter.all().withStatuses(Patterns.LIVE).withCodesAmong(List.copyOf(codes));
            for (PatternView p : patterns.list(tenant, filter, new Page(MAX_HINTS, 0))) {
                JsonNode h = p.hints() == null ? JsonNodeFactory.instance.objectNode() : p.hints();
                hints.add(new Hint(
                        p.id(),
                        p.title(),
                        p.defining().stream().map(PatternView.Code::code).toList(),
                        h.get("teams"),
                        h.get("parts"),
                        h.get("root_causes"),
                        h.get("resolution")));
            }
        }
        ctx.json(new TicketHints(ticketId, hints));
    }
}
