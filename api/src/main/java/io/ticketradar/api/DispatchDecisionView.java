package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * One routing of a ticket by dispatch, as the API answers it: the rules that decided, blocked or not, warnings, and
 * the hints of the open failure patterns the ticket matched when routed (shaped as {@code GET
 * /api/v1/tickets/{id}/hints} shows them).
 */
record DispatchDecisionView(
        String ticketId,
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
        JsonNode hints) {

    static final String COLUMNS = """
            ticket_id, decision_id, trigger, decided_at, rules_version, team_id, engineer_id, rule_path, blocked,
            assigned, warnings, hints""";
    private static final ObjectMapper HINTS = new ObjectMapper();

    @SuppressWarnings("unchecked")
    static DispatchDecisionView of(Map<String, Object> row) {
        return new DispatchDecisionView(
                (String) row.get("ticket_id"),
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

    private static JsonNode hints(String json) {
        try {
            return HINTS.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("stored dispatch hints are not JSON", e);
        }
    }
}
