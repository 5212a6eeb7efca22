package io.ticketradar.api;

import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.FailureCases;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HeatmapAxis;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.tables.HeatmapWindow;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.util.List;
import java.util.Map;

/**
 * Rows of the warehouse's tables as the jobs (and, for the pattern tables, the lead's detector: V060, V061) write
 * them, for tests that insert them directly. Each returns a mutable map: change any column with {@code put}.
 */
final class TestRows {

    private TestRows() {}

    /** A health_indicators row of the overall tenant or a region: a ratio without threshold, computed at 15:00 UTC. */
    static Map<String, Object> indicator(
            String tenant, String day, String region, String indicator, double numerator, double denominator) {
        return TestApi.row(
                HealthIndicators.TENANT_ID,
                tenant,
                HealthIndicators.DAY,
                day,
                HealthIndicators.REGION,
                region,
                HealthIndicators.ENGINEER_ID,
                "",
                HealthIndicators.INDICATOR,
                indicator,
                HealthIndicators.NUMERATOR,
                numerator,
                HealthIndicators.DENOMINATOR,
                denominator,
                HealthIndicators.VALUE,
                numerator / denominator,
                HealthIndicators.UNIT,
                "ratio",
                HealthIndicators.HEALTHY_WHEN,
                "",
                HealthIndicators.HEALTHY_THRESHOLD,
                null,
                HealthIndicators.MET,
                null,
                HealthIndicators.AS_OF,
                day + " 15:00:00.000",
                HealthIndicators.VERSION,
                1);
    }

    /** A heatmap_cells row of a day's window, computed at 15:00 UTC. */
    static Map<String, Object> heatmapCell(
            String tenant, String day, String xKind, String x, String y, long tickets, long overdue, long breakpoints) {
        return TestApi.row(
                HeatmapCells.TENANT_ID,
                tenant,
                HeatmapCells.WINDOW,
                HeatmapWindow.DAY.code(),
                HeatmapCells.DAY,
                day,
                HeatmapCells.X_KIND,
                xKind,
                HeatmapCells.X,
                x,
                HeatmapCells.Y_KIND,
                HeatmapAxis.FAULT.code(),
                HeatmapCells.Y,
                y,
                HeatmapCells.TICKETS,
                tickets,
                HeatmapCells.OVERDUE,
                overdue,
                HeatmapCells.BREAKPOINTS,
                breakpoints,
                HeatmapCells.AS_OF,
                day + " 15:00:00.000",
                HeatmapCells.VERSION,
                1);
    }

    /** An alerts row raised at 21:00 UTC of its day, titled like the circuit breaker's. */
    static Map<String, Object> alert(String tenant, String alertId, String kind, String day) {
        return TestApi.row(
                Alerts.TENANT_ID,
                tenant,
                Alerts.ALERT_ID,
                alertId,
                Alerts.KIND,
                kind,
                Alerts.RAISED_AT,
                day + " 21:00:00.000",
                Alerts.DAY,
                day,
                Alerts.TITLE,
                kind.equals("CIRCUIT_OPEN") ? "流程熔断" : "流程熔断解除",
                Alerts.DETAIL,
                "跨域协同断点率阈值5%",
                Alerts.PAYLOAD,
                "{\"threshold\":0.05,\"days\":[]}");
    }

    /** A ticket_events row; {@code ticket} and {@code deviceSn} are "" when the event has none. */
    static Map<String, Object> event(
            String tenant,
            String eventId,
            String type,
            String ticket,
            String deviceSn,
            String ts,
            String topic,
            String payload) {
        return TestApi.row(
                TicketEvents.TENANT_ID,
                tenant,
                TicketEvents.EVENT_ID,
                eventId,
                TicketEvents.EVENT_TYPE,
                type,
                TicketEvents.TICKET_ID,
                ticket,
                TicketEvents.DEVICE_SN,
                deviceSn,
                TicketEvents.TS,
                ts,
                TicketEvents.SCHEMA_VERSION,
                1,
                TicketEvents.PAYLOAD,
                payload,
                TicketEvents.SOURCE_TOPIC,
                topic,
                TicketEvents.SOURCE_PARTITION,
                0,
                TicketEvents.SOURCE_OFFSET,
                0,
                TicketEvents.INGESTED_AT,
                ts);
    }

    /**
     * A failure_patterns row with plausible figures; change any column with {@code put} afterwards.
     *
     * @param defining its defining codes
     */
    static Map<String, Object> pattern(
            String tenant, String id, String status, String detectedOn, long version, List<String> defining) {
        return TestApi.row(
                FailurePatterns.TENANT_ID,
                tenant,
                FailurePatterns.PATTERN_ID,
                id,
                FailurePatterns.STATUS,
                status,
                FailurePatterns.DETECTED_ON,
                detectedOn,
                FailurePatterns.ONSET_ESTIMATE,
                detectedOn,
                FailurePatterns.LAST_FLAGGED_ON,
                detectedOn,
                FailurePatterns.EVALUATED_AT,
                detectedOn + " 02:00:00.000",
                FailurePatterns.DEFINING_CODES,
                defining,
                FailurePatterns.OBSERVED,
                38,
                FailurePatterns.EXPECTED,
                7.0,
                FailurePatterns.RATIO,
                5.4,
                FailurePatterns.P_VALUE,
                0.0001,
                FailurePatterns.WINDOW_DAYS,
                7,
                FailurePatterns.SUPPORT,
                38,
                FailurePatterns.CO_OCCURRING,
                "[{\"code\":\"temp:<-15\",\"share\":0.91,\"baseline_share\":0.2,\"lift\":4.55}]",
                FailurePatterns.TITLE_ZH,
                "车载充电模块冷启动失败 " + id,
                FailurePatterns.TITLE_EN,
                "On-board charger cold-start failures " + id,
                FailurePatterns.DESCRIPTION_ZH,
                "自1月8日起，华北 车载充电模块冷启动失败 38 单，预期 7 单（×5.4）",
                FailurePatterns.DESCRIPTION_EN,
                "Since 8 Jan: 38 on-board charger cold-start failures in 华北 vs 7 expected (×5.4)",
                FailurePatterns.EXAMPLE_TICKETS,
                List.of("T-1", "T-2"),
                FailurePatterns.DAILY,
                "[{\"day\":\"" + detectedOn + "\",\"observed\":9,\"expected\":1.5}]",
                FailurePatterns.HINTS,
                "{\"teams\":[\"TECH-HV\"],\"parts\":[\"PN-OBC-PFC-02\"],\"root_causes\":[\"cold solder joint\"],"
                        + "\"resolution\":\"KB-0042: preheat the module\"}",
                FailurePatterns.OPPORTUNITY,
                false,
                FailurePatterns.OPPORTUNITY_REASON,
                "",
                FailurePatterns.VERSION,
                version);
    }

    /** A failure_cases row; columns not given take their defaults. */
    static Map<String, Object> failureCase(
            String tenant, String caseId, String ticketId, String day, String deviceSn, String fault, long version) {
        return TestApi.row(
                FailureCases.TENANT_ID,
                tenant,
                FailureCases.CASE_ID,
                caseId,
                FailureCases.TICKET_ID,
                ticketId,
                FailureCases.DAY,
                day,
                FailureCases.CREATED_AT,
                day + " 03:00:00.000",
                FailureCases.DEVICE_SN,
                deviceSn,
                FailureCases.FAULT_CODE,
                fault,
                FailureCases.AS_OF,
                day + " 04:00:00.000",
                FailureCases.VERSION,
                version);
    }

    /** A ticket_facts row that makes a ticket known to its tenant, created on the day at 01:00 UTC. */
    static Map<String, Object> knownTicket(String tenant, String ticketId, String day) {
        return TestApi.row(
                TicketFacts.TENANT_ID,
                tenant,
                TicketFacts.TICKET_ID,
                ticketId,
                TicketFacts.CREATED_AT,
                day + " 01:00:00.000",
                TicketFacts.COHORT_DAY,
                day,
                TicketFacts.VERSION,
                1);
    }
}
