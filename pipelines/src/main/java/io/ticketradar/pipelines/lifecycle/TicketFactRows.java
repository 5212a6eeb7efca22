package io.ticketradar.pipelines.lifecycle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Maps a fact change to its {@code ticket_facts} row: the new fact, versioned, so the newest version wins. */
public final class TicketFactRows implements WarehouseRowMapper<FactChange> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(FactChange change) {
        TicketFact f = change.after();
        ObjectNode row = WarehouseJson.object()
                .put(TicketFacts.TENANT_ID, f.tenantId())
                .put(TicketFacts.TICKET_ID, f.ticketId())
                .put(TicketFacts.CREATED_AT, WarehouseJson.dateTime64(f.createdAt()))
                .put(TicketFacts.COHORT_DAY, f.cohortDay().toString())
                .put(TicketFacts.REGION, f.region())
                .put(TicketFacts.SITE_ID, f.siteId())
                .put(TicketFacts.CHANNEL, f.channel())
                .put(TicketFacts.CUSTOMER_ID, f.customerId())
                .put(TicketFacts.DEVICE_SN, f.deviceSn())
                .put(TicketFacts.PRODUCT_MODEL, f.productModel())
                .put(TicketFacts.PRIORITY, f.priority().name())
                .put(TicketFacts.SLA_DEADLINE, WarehouseJson.dateTime64(f.slaDeadline()))
                .put(TicketFacts.FAULT_CODE, text(f.faultCode()))
                .put(TicketFacts.DOMAIN, f.domain() == null ? "" : f.domain().name())
                .put(TicketFacts.FIRST_RESPONSE_AT, time(f.firstResponseAt()))
                .put(TicketFacts.FIRST_RESPONSE_DIAGNOSTIC, f.firstResponseDiagnostic())
                .put(TicketFacts.FIRST_RESPONDER_ID, text(f.firstResponderId()))
                .put(TicketFacts.RESPONSE_PENDING, f.responsePending())
                .put(TicketFacts.RESPONSE_COMPLIANT, f.responseCompliant())
                .put(TicketFacts.RESPONSE_TIMED_OUT, f.responseTimedOut())
                .put(TicketFacts.CURRENT_STAGE, stage(f.currentStage()))
                .put(TicketFacts.CURRENT_STAGE_SINCE, time(f.currentStageSince()))
                .put(TicketFacts.LAST_STAGE, stage(f.lastStage()))
                .put(TicketFacts.LONGEST_STAY_MS, f.longestStayMillis())
                .put(TicketFacts.LONGEST_STAY_STAGE, stage(f.longestStayStage()))
                .put(TicketFacts.BREAKPOINT, f.breakpoint())
                .put(TicketFacts.BREAKPOINT_STAGE, stage(f.breakpointStage()))
                .put(TicketFacts.REASSIGNMENTS, f.reassignments())
                .put(TicketFacts.BOUNCED, f.bounced())
                .put(TicketFacts.COORDINATION_MS, f.coordinationMillis())
                .put(TicketFacts.ASSIGNEE_ID, text(f.assigneeId()))
                .put(TicketFacts.TEAM_ID, text(f.teamId()))
                .put(TicketFacts.RESOLVED_AT, time(f.resolvedAt()))
                .put(TicketFacts.RESOLUTION_CODE, text(f.resolutionCode()))
                .put(TicketFacts.FIELD_VISITS, f.fieldVisits())
                .put(TicketFacts.RESOLVER_ID, text(f.resolverId()))
                .put(TicketFacts.FIRST_TIME_FIX, f.firstTimeFix())
                .put(TicketFacts.CLOSED, f.closed())
                .put(TicketFacts.CLOSED_AT, time(f.closedAt()))
                .put(TicketFacts.CLOSE_COUNT, f.closeCount())
                .put(TicketFacts.CLOSURE_MS, f.closureMillis())
                .put(TicketFacts.OVERDUE, f.overdue())
                .put(TicketFacts.REOPEN_COUNT, f.reopenedAt().size())
                .put(TicketFacts.REOPENED_WITHIN_WINDOW, f.reopenedWithinWindow())
                .put(TicketFacts.COMPLAINTS, f.complaints())
                .put(TicketFacts.MERGED, f.merged())
                .put(TicketFacts.MERGED_INTO, text(f.mergedInto()))
                .put(TicketFacts.EVENTS, f.events())
                .put(TicketFacts.AS_OF, WarehouseJson.dateTime64(Instant.ofEpochMilli(change.asOf())))
                .put(TicketFacts.VERSION, change.version());
        ObjectNode stageMillis = row.putObject(TicketFacts.STAGE_MS);
        f.stageMillis().forEach((s, ms) -> stageMillis.put(s.name(), ms));
        ObjectNode stageTeams = row.putObject(TicketFacts.STAGE_TEAMS);
        for (Map.Entry<Stage, List<String>> teams : f.stageTeams().entrySet()) {
            ArrayNode names = stageTeams.putArray(teams.getKey().name());
            teams.getValue().forEach(names::add);
        }
        ArrayNode reopened = row.putArray(TicketFacts.REOPENED_AT);
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
