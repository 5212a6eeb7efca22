package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.pipelines.testing.GoldenRun;
import io.ticketradar.pipelines.testing.GoldenTickets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The lifecycle job in the whole application on the MiniCluster: the golden tickets into {@code ticket_facts}. */
class TicketLifecycleJobIntegrationTest {

    @RegisterExtension
    static final GoldenRun GOLDEN = new GoldenRun();

    private static Map<String, Object> fact(String ticket) {
        List<Map<String, Object>> rows = GOLDEN.warehouse()
                .query(
                        "SELECT * FROM ticket_facts FINAL WHERE tenant_id = ? AND ticket_id = ?",
                        GoldenTickets.TENANT,
                        ticket);
        assertEquals(1, rows.size(), ticket);
        return rows.getFirst();
    }

    @Test
    void oneRowPerTicketWithItsNewestFacts() {
        assertEquals(
                11L,
                GOLDEN.warehouse()
                        .query("SELECT count() AS n FROM ticket_facts FINAL")
                        .getFirst()
                        .get("n"),
                "G1-G6, R0, R1, R2a, R2 and U1");
        Map<String, Object> g2 = fact("G2");
        Map<String, Object> g4 = fact("G4");
        Map<String, Object> g5 = fact("G5");
        assertAll(
                () -> assertEquals("2026-01-05", g2.get("cohort_day")),
                () -> assertEquals(true, g2.get("breakpoint")),
                () -> assertEquals("CS", g2.get("breakpoint_stage")),
                () -> assertEquals(Map.of("CS", 4 * 3_600_000L + 60_000L), g2.get("stage_ms")),
                () -> assertEquals(1L, g2.get("complaints"), "the repeated complaint counted once"),
                () -> assertEquals("TECH", g2.get("current_stage")),
                () -> assertEquals(true, g2.get("overdue"), "still open at the end of the input: past its SLA"),
                () -> assertEquals(true, g4.get("bounced")),
                () -> assertEquals(3L, g4.get("reassignments")),
                () -> assertEquals(Map.of("TECH", List.of("t-a", "t-b", "t-c", "t-d")), g4.get("stage_teams")),
                () -> assertEquals("t-d-eng", g4.get("resolver_id")),
                () -> assertEquals(true, g4.get("first_time_fix")),
                () -> assertEquals(100 * 60_000L, g4.get("closure_ms")),
                () -> assertEquals(true, g5.get("response_timed_out"), "its early response applied in order"),
                () -> assertEquals("2026-01-05 03:31:00.000", g5.get("first_response_at")),
                () -> assertEquals("2026-01-06", fact("G6").get("cohort_day")));
        assertEquals(
                0L,
                GOLDEN.warehouse()
                        .query("SELECT count() AS n FROM late_events FINAL")
                        .getFirst()
                        .get("n"));
    }
}
