package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;
import java.util.List;

/** Maps a decision to its row in {@code dispatch_decisions}. */
public final class DispatchDecisionRows implements WarehouseRowMapper<DispatchDecision> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "dispatch_decisions";

    @Override
    public String toJsonRow(DispatchDecision decision) {
        DispatchDecision.Content c = decision.content();
        Routing r = c.routing();
        ObjectNode row = WarehouseJson.object()
                .put("tenant_id", c.tenantId())
                .put("ticket_id", c.ticketId())
                .put("decision_id", c.decisionId())
                .put("trigger", c.trigger())
                .put("decided_at", WarehouseJson.dateTime64(Instant.ofEpochMilli(c.decidedAt())))
                .put("rules_version", c.rulesVersion())
                .put("team_id", r.team())
                .put("engineer_id", r.engineer())
                .put("blocked", r.blocked())
                .put("assigned", r.assigns());
        r.path().forEach(row.putArray("rule_path")::add);
        r.warnings().forEach(row.putArray("warnings")::add);
        row.put("hints", hints(c.hints()).toString());
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
