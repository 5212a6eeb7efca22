package io.ticketradar.pipelines.lifecycle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Maps a fact change to its {@code ticket_facts} row: the new fact, versioned, so the newest version wins. */
public final class TicketFactRows implements WarehouseRowMapper<FactChange> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "ticket_facts";

    @Override
    public String toJsonRow(FactChange change) {
        TicketFact f = change.after();
        ObjectNode row = WarehouseJson.object()
                .put("tenant_id", f.tenantId())
                .put("ticket_id", f.ticketId())
                .put("created_at", WarehouseJson.dateTime64(f.createdAt()))
                .put("cohort_day", f.cohortDay().toString())
                .put("region", f.region())
                .put("site_id", f.siteId())
                .put("channel", f.channel())
                .put("customer_id", f.customerId())
                .put("device_sn", f.deviceSn())
                .put("product_model", f.productModel())
                .put("priority", f.priority().name())
                .put("sla_deadline", WarehouseJson.dateTime64(f.slaDeadline()))
                .put("fault_code", text(f.faultCode()))
                .put("domain", f.domain() == null ? "" : f.domain().name())
                .put("first_response_at", time(f.firstResponseAt()))
                .put("first_response_diagnostic", f.firstResponseDiagnostic())
                .put("first_responder_id", text(f.firstResponderId()))
                .put("response_pending", f.responsePending())
                .put("response_compliant", f.responseCompliant())
                .put("response_timed_out", f.responseTimedOut())
                .put("current_stage", stage(f.currentStage()))
                .put("current_stage_since", time(f.currentStageSince()))
                .put("last_stage", stage(f.lastStage()))
                .put("longest_stay_ms", f.longestStayMillis())
                .put("longest_stay_stage", stage(f.longestStayStage()))
                .put("breakpoint", f.breakpoint())
                .put("breakpoint_stage", stage(f.breakpointStage()))
                .put("reassignments", f.reassignments())
                .put("bounced", f.bounced())
                .put("coordination_ms", f.coordinationMillis())
                .put("assignee_id", text(f.assigneeId()))
                .put("team_id", text(f.teamId()))
                .put("resolved_at", time(f.resolvedAt()))
                .put("resolution_code", text(f.resolutionCode()))
                .put("field_visits", f.fieldVisits())
                .put("resolver_id", text(f.resolverId()))
                .put("first_time_fix", f.firstTimeFix())
                .put("closed", f.closed())
                .put("closed_at", time(f.closedAt()))
                .put("close_count", f.closeCount())
                .put("closure_ms", f.closureMillis())
                .put("overdue", f.overdue())
                .put("reopen_count", f.reopenedAt().size())
                .put("reopened_within_window", f.reopenedWithinWindow())
                .put("complaints", f.complaints())
                .put("merged", f.merged())
                .put("merged_into", text(f.mergedInto()))
                .put("events", f.events())
                .put("as_of", WarehouseJson.dateTime64(Instant.ofEpochMilli(change.asOf())))
                .put("version", change.version());
        ObjectNode stageMillis = row.putObject("stage_ms");
        f.stageMillis().forEach((s, ms) -> stageMillis.put(s.name(), ms));
        ObjectNode stageTeams = row.putObject("stage_teams");
        for (Map.Entry<Stage, List<String>> teams : f.stageTeams().entrySet()) {
            ArrayNode names = stageTeams.putArray(teams.getKey().name());
            teams.getValue().forEach(names::add);
        }
        ArrayNode reopened = row.putArray("reopened_at");
        f.reopenedAt().forEach(t -> reopened.add(WarehouseJson.dateTime64(t)));
        return row.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String stage(Stage s) {
        return s == null ? "" : s.name();
    }

    private static String time(Instant t) {
        return t == null ? null : WarehouseJson.dateTime64(t);
    }
}
