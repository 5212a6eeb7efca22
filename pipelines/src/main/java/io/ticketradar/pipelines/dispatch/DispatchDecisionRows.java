package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;

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
        return row.toString();
    }
}
