package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.testing.BatchCheck;
import io.ticketradar.pipelines.testing.GoldenRun;
import io.ticketradar.pipelines.testing.GoldenTickets;
import io.ticketradar.warehouse.tables.Regions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The indicators job in the whole application on the MiniCluster: the golden tickets into
 * {@code health_indicators} and {@code health_indicators_live}. The input is bounded, so at its end every
 * deadline has passed: the tickets still open count as unanswered, sitting and overdue.
 */
class HealthIndicatorsJobIntegrationTest {

    @RegisterExtension
    static final GoldenRun GOLDEN = new GoldenRun();

    private static Map<String, Object> row(String region, String indicator) {
        List<Map<String, Object>> rows = GOLDEN.warehouse()
                .query(
                        "SELECT numerator, denominator, value, unit, healthy_when,"
                                + " healthy_threshold, met, needs_events, needs_stages FROM health_indicators FINAL"
                                + " WHERE tenant_id = ? AND day = '2026-01-05'"
                                + " AND region = ? AND engineer_id = '' AND indicator = ?",
                        GoldenTickets.TENANT,
                        region,
                        indicator);
        assertEquals(1, rows.size(), region + " " + indicator);
        return rows.getFirst();
    }

    private static List<Double> figures(String indicator) {
        Map<String, Object> r = row(Regions.ALL, indicator);
        return List.of(((Number) r.get("numerator")).doubleValue(), ((Number) r.get("denominator")).doubleValue());
    }

    @Test
    void theDaysIndicatorsWithTheirThresholds() {
        assertAll(
                () -> assertEquals(List.of(4.0, 7.0), figures("first_response_compliance")),
                () -> assertEquals(List.of(2.0, 7.0), figures("first_response_timeout_rate")),
                () -> assertEquals(List.of(4.0, 7.0), figures("breakpoint_rate")),
                () -> assertEquals(List.of(1.0, 2.0), figures("recurrence_suppression")),
                () -> assertEquals(List.of(4.0, 7.0), figures("overdue_rate"), "G1, G2, G3, G5 never closed"),
                () -> assertEquals(List.of(1.0, 7.0), figures("bounce_rate")),
                () -> assertEquals(List.of(1.0, 7.0), figures("secondary_complaint_rate")),
                () -> assertEquals(List.of(1.0, 7.0), figures("duplicate_rate")),
                () -> assertEquals(List.of(0.25, 7.0), figures("coordination_hours")),
                () -> assertEquals(List.of(2.0, 3.0), figures("first_time_fix_rate")),
                () -> assertEquals(List.of(0.0, 3.0), figures("reopen_rate")),
                () -> assertEquals(List.of(90.0 / 1440, 3.0), figures("closure_cycle_p50_days")),
                () -> assertEquals(List.of(4.0, 1.0), figures("backlog")),
                () -> assertEquals(List.of(3.0, 1.0), figures("backlog_tech")));
        Map<String, Object> breakpoints = row(Regions.ALL, "breakpoint_rate");
        assertAll(
                () -> assertEquals("ratio", breakpoints.get("unit")),
                () -> assertEquals("<=", breakpoints.get("healthy_when")),
                () -> assertEquals(0.05, breakpoints.get("healthy_threshold")),
                () -> assertEquals(false, breakpoints.get("met")),
                () -> assertEquals(null, row(Regions.ALL, "bounce_rate").get("met"), "no threshold in the spec"),
                () -> assertEquals(List.of(), breakpoints.get("needs_events")),
                () -> assertEquals(true, breakpoints.get("needs_stages"), "it presumes hand-offs between stages"),
                () -> assertEquals(
                        List.of("FIRST_RESPONSE"),
                        row(Regions.ALL, "first_response_compliance").get("needs_events")));
        assertEquals(
                List.of(1L, 1L),
                List.copyOf(GOLDEN.warehouse()
                        .query(
                                "SELECT numerator, denominator FROM health_indicators FINAL WHERE tenant_id = ?"
                                        + " AND day = '2026-01-05' AND engineer_id = 't-d-eng' AND indicator = 'first_time_fix_rate'",
                                GoldenTickets.TENANT)
                        .getFirst()
                        .values()));
    }

    @Test
    void theBatchComputationInSqlAgrees() {
        for (String tenant : List.of(GoldenTickets.TENANT, GoldenTickets.UTC_TENANT)) {
            BatchCheck.Outcome outcome = BatchCheck.compare(
                    GOLDEN.warehouse(), tenant, GoldenTickets.zones().zoneOf(tenant));
            assertEquals(List.of(), outcome.differences());
            assertTrue(outcome.rows() > 0);
        }
    }

    @Test
    void rollingValuesForTheWallScreens() {
        List<Map<String, Object>> live = GOLDEN.warehouse()
                .query(
                        "SELECT region, indicator, computed_at, window_start"
                                + " FROM health_indicators_live FINAL WHERE tenant_id = ?",
                        GoldenTickets.TENANT);
        assertTrue(live.stream()
                .anyMatch(r -> r.get("region").equals(Regions.ALL)
                        && r.get("indicator").equals("breakpoint_rate")));
        assertTrue(live.stream().allMatch(r -> r.get("computed_at") != null));
    }
}
