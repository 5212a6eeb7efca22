package io.ticketradar.api;

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
                "tenant_id",
                tenant,
                "day",
                day,
                "region",
                region,
                "engineer_id",
                "",
                "indicator",
                indicator,
                "numerator",
                numerator,
                "denominator",
                denominator,
                "value",
                numerator / denominator,
                "unit",
                "ratio",
                "healthy_when",
                "",
                "healthy_threshold",
                null,
                "met",
                null,
                "as_of",
                day + " 15:00:00.000",
                "version",
                1);
    }

    /** A heatmap_cells row of a day's window, computed at 15:00 UTC. */
    static Map<String, Object> heatmapCell(
            String tenant, String day, String xKind, String x, String y, long tickets, long overdue, long breakpoints) {
        return TestApi.row(
                "tenant_id",
                tenant,
                "window",
                "day",
                "day",
                day,
                "x_kind",
                xKind,
                "x",
                x,
                "y_kind",
                "fault",
                "y",
                y,
                "tickets",
                tickets,
                "overdue",
                overdue,
                "breakpoints",
                breakpoints,
                "as_of",
                day + " 15:00:00.000",
                "version",
                1);
    }

    /** An alerts row raised at 21:00 UTC of its day, titled like the circuit breaker's. */
    static Map<String, Object> alert(String tenant, String alertId, String kind, String day) {
        return TestApi.row(
                "tenant_id",
                tenant,
                "alert_id",
                alertId,
                "kind",
                kind,
                "raised_at",
                day + " 21:00:00.000",
                "day",
                day,
                "title",
                kind.equals("CIRCUIT_OPEN") ? "流程熔断" : "流程熔断解除",
                "detail",
                "跨域协同断点率阈值5%",
                "payload",
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
                "tenant_id",
                tenant,
                "event_id",
                eventId,
                "event_type",
                type,
                "ticket_id",
                ticket,
                "device_sn",
                deviceSn,
                "ts",
                ts,
                "schema_version",
                1,
                "payload",
                payload,
                "source_topic",
                topic,
                "source_partition",
                0,
                "source_offset",
                0,
                "ingested_at",
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
                "tenant_id",
                tenant,
                "pattern_id",
                id,
                "status",
                status,
                "detected_on",
                detectedOn,
                "onset_estimate",
                detectedOn,
                "last_flagged_on",
                detectedOn,
                "evaluated_at",
                detectedOn + " 02:00:00.000",
                "defining_codes",
                defining,
                "observed",
                38,
                "expected",
                7.0,
                "ratio",
                5.4,
                "p_value",
                0.0001,
                "window_days",
                7,
                "support",
                38,
                "co_occurring",
                "[{\"code\":\"temp:<-15\",\"share\":0.91,\"baseline_share\":0.2,\"lift\":4.55}]",
                "title_zh",
                "车载充电模块冷启动失败 " + id,
                "title_en",
                "On-board charger cold-start failures " + id,
                "description_zh",
                "自1月8日起，华北 车载充电模块冷启动失败 38 单，预期 7 单（×5.4）",
                "description_en",
                "Since 8 Jan: 38 on-board charger cold-start failures in 华北 vs 7 expected (×5.4)",
                "example_tickets",
                List.of("T-1", "T-2"),
                "daily",
                "[{\"day\":\"" + detectedOn + "\",\"observed\":9,\"expected\":1.5}]",
                "hints",
                "{\"teams\":[\"TECH-HV\"],\"parts\":[\"PN-OBC-PFC-02\"],\"root_causes\":[\"cold solder joint\"],"
                        + "\"resolution\":\"KB-0042: preheat the module\"}",
                "opportunity",
                false,
                "opportunity_reason",
                "",
                "version",
                version);
    }

    /** A failure_cases row; columns not given take their defaults. */
    static Map<String, Object> failureCase(
            String tenant, String caseId, String ticketId, String day, String deviceSn, String fault, long version) {
        return TestApi.row(
                "tenant_id",
                tenant,
                "case_id",
                caseId,
                "ticket_id",
                ticketId,
                "day",
                day,
                "created_at",
                day + " 03:00:00.000",
                "device_sn",
                deviceSn,
                "fault_code",
                fault,
                "as_of",
                day + " 04:00:00.000",
                "version",
                version);
    }

    /** A ticket_facts row that makes a ticket known to its tenant, created on the day at 01:00 UTC. */
    static Map<String, Object> knownTicket(String tenant, String ticketId, String day) {
        return TestApi.row(
                "tenant_id",
                tenant,
                "ticket_id",
                ticketId,
                "created_at",
                day + " 01:00:00.000",
                "cohort_day",
                day,
                "version",
                1);
    }
}
