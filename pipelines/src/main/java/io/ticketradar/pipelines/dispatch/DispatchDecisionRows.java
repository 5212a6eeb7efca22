package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.DispatchDecisions;

import java.time.Instant;
import java.util.List;

/** Maps a decision to its row in {@code dispatch_decisions}. */
public final class DispatchDecisionRows implements WarehouseRowMapper<DispatchDecision> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(DispatchDecision decision) {
        DispatchDecision.Content c = decision.content();
        Routing r = c.routing();
        ObjectNode row = WarehouseJson.object()
                .put(DispatchDecisions.TENANT_ID, c.tenantId())
                .put(DispatchDecisions.TICKET_ID, c.ticketId())
                .put(DispatchDecisions.DECISION_ID, c.decisionId())
                .put(DispatchDecisions.TRIGGER, c.trigger())
                .put(DispatchDecisions.DECIDED_AT, WarehouseJson.dateTime64(Instant.ofEpochMilli(c.decidedAt())))
                .put(DispatchDecisions.RULES_VERSION, c.rulesVersion())
                .put(DispatchDecisions.TEAM_ID, r.team())
                .put(DispatchDecisions.ENGINEER_ID, r.engineer())
                .put(DispatchDecisions.BLOCKED, r.blocked())
                .put(DispatchDecisions.ASSIGNED, r.assigns());
        r.path().forEach(row.putArray(DispatchDecisions.RULE_PATH)::add);
        r.warnings().forEach(row.putArray(DispatchDecisions.WARNINGS)::add);
        row.put(DispatchDecisions.HINTS, hints(c.hints()).toString());
        return row.toString();
    }

    /** As {@code GET /api/v1/tickets/{id}/hints} shows a hint. */
    private static ArrayNode hints(List<PatternHint> hints) {
        ArrayNode array = WarehouseJson.object().arrayNode();
        for (PatternHint h : hints) {
            ObjectNode hint = array.addObject().put("pattern_id", h.patternId());
            hint.putObject("title")
                    .put("zh", h.title().zh())
                    .put("en", h.title().en());
            h.matchedCodes().forEach(hint.putArray("matched_codes")::add);
            h.teams().forEach(hint.putArray("teams")::add);
            h.parts().forEach(hint.putArray("parts")::add);
            h.rootCauses().forEach(hint.putArray("root_causes")::add);
            hint.put("resolution", h.resolution());
        }
        return array;
    }
}
