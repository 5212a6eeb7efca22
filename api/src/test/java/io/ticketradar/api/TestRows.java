package io.ticketradar.api;

import java.util.List;
import java.util.Map;

/** Rows of the pattern tables as the lead's detector writes them (V060, V061), for tests that insert them directly. */
final class TestRows {

    private TestRows() {}

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
}
