package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.testing.GoldenTickets;
import io.ticketradar.pipelines.testing.IndicatorChain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import static io.ticketradar.warehouse.tables.Regions.ALL;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The {@link GoldenTickets}, whose indicator values are worked out by hand below, read the way the morning
 * meeting reads them: at 14:00 on the day, then at 09:00 the next morning.
 */
class GoldenScenariosTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final String GOLDEN = GoldenTickets.TENANT;
    private static final String UTC_TENANT = GoldenTickets.UTC_TENANT;

    private IndicatorChain chain;

    @BeforeEach
    void run() throws Exception {
        IndicatorSettings settings =
                IndicatorSettings.defaults().withZones(TenantZones.defaults().with(UTC_TENANT, ZoneId.of("UTC")));
        chain = new IndicatorChain(settings);
        chain.send(GoldenTickets.events());
    }

    @AfterEach
    void close() throws Exception {
        chain.close();
    }

    private static long at(String time) {
        return OffsetDateTime.parse(time).toInstant().toEpochMilli();
    }

    private Figures all(Indicator indicator) {
        return chain.figures(GOLDEN, DAY, ALL, indicator);
    }

    private static Figures ratio(long numerator, long denominator) {
        return new Figures(numerator, denominator, numerator / (double) denominator);
    }

    private static Figures days(double minutesValue, long tickets) {
        return new Figures(minutesValue / 1440, tickets, minutesValue / 1440);
    }

    @Test
    void atTwoInTheAfternoon() throws Exception {
        chain.advanceTo(at("2026-01-05T14:00:00+08:00"));

        // Cohort: G1-G5, R1, R2 = 7; G3 is pending for the response indicators (6 left).
        // Compliant: G1 (exactly 2 h), G4, R1, R2; not G2 (non-diagnostic) nor G5 (2 h 1 min).
        assertAll(
                () -> assertEquals(ratio(4, 6), all(Indicator.FIRST_RESPONSE_COMPLIANCE)),
                () -> assertEquals(ratio(1, 6), all(Indicator.FIRST_RESPONSE_TIMEOUT_RATE), "G5"),
                () -> assertEquals(ratio(1, 7), all(Indicator.BREAKPOINT_RATE), "G2: 4 h 1 min in CS"),
                () -> assertEquals(ratio(1, 5), chain.figures(GOLDEN, DAY, "华东", Indicator.BREAKPOINT_RATE)),
                () -> assertEquals(ratio(1, 7), all(Indicator.BOUNCE_RATE), "G4: 4 teams in TECH"),
                () -> assertEquals(
                        ratio(1, 2),
                        all(Indicator.RECURRENCE_SUPPRESSION),
                        "R1 recurs (30 days), R2 does not (31 days): 1 of 2 not recurring"),
                () -> assertEquals(ratio(1, 2), chain.figures(GOLDEN, DAY, "华南", Indicator.RECURRENCE_SUPPRESSION)),
                () -> assertEquals(ratio(0, 7), all(Indicator.OVERDUE_RATE)),
                () -> assertEquals(ratio(1, 7), all(Indicator.SECONDARY_COMPLAINT_RATE), "G2, once"),
                () -> assertEquals(ratio(1, 7), all(Indicator.DUPLICATE_RATE), "G3"),
                () -> assertEquals(
                        new Figures(0.25, 7, 0.25 / 7),
                        all(Indicator.COORDINATION_HOURS),
                        "G1 waited 15 min for TECH; G2 still waits, not counted yet"),
                // Closed today: R1 and R2 after 90 min, G4 after 100 min.
                () -> assertEquals(
                        new Figures(280.0 / 1440, 3, 280.0 / 1440 / 3), all(Indicator.CLOSURE_CYCLE_MEAN_DAYS)),
                () -> assertEquals(days(90, 3), all(Indicator.CLOSURE_CYCLE_P50_DAYS)),
                () -> assertEquals(days(100, 3), all(Indicator.CLOSURE_CYCLE_P90_DAYS)),
                () -> assertEquals(ratio(2, 3), all(Indicator.FIRST_TIME_FIX_RATE), "G4 and R1; R2 took 2 visits"),
                () -> assertEquals(
                        ratio(1, 1), chain.figures(GOLDEN, DAY, ALL, "t-d-eng", Indicator.FIRST_TIME_FIX_RATE)),
                () -> assertEquals(ratio(0, 3), all(Indicator.REOPEN_RATE)),
                () -> assertEquals(1, chain.fact("G2").complaints(), "the repeated complaint counted once"));
    }

    @Test
    void theNextMorning() throws Exception {
        chain.advanceTo(at("2026-01-06T09:00:00+08:00"));

        // G3 is no longer pending: never answered, it timed out. G1 (TECH from 11:30), G3 (CS from 12:30) and G5
        // (TECH from 12:00) sat past 4 h in the evening, joining G2.
        assertAll(
                () -> assertEquals(ratio(4, 7), all(Indicator.FIRST_RESPONSE_COMPLIANCE)),
                () -> assertEquals(ratio(2, 7), all(Indicator.FIRST_RESPONSE_TIMEOUT_RATE)),
                () -> assertEquals(ratio(4, 7), all(Indicator.BREAKPOINT_RATE)),
                // Open at midnight: G1, G2, G5 in TECH, G3 in CS.
                () -> assertEquals(new Figures(4, 1, 4.0), all(Indicator.BACKLOG)),
                () -> assertEquals(new Figures(3, 1, 3.0), all(Indicator.BACKLOG_TECH)),
                () -> assertEquals(new Figures(1, 1, 1.0), all(Indicator.BACKLOG_CS)),
                () -> assertEquals(new Figures(0, 1, 0.0), chain.figures(GOLDEN, DAY, "华南", Indicator.BACKLOG)),
                // 17:30Z is the 6th in Shanghai and still the 5th in UTC.
                () -> assertEquals(ratio(0, 1), chain.figures(GOLDEN, DAY.plusDays(1), ALL, Indicator.BOUNCE_RATE)),
                () -> assertEquals(ratio(0, 1), chain.figures(UTC_TENANT, DAY, ALL, Indicator.BOUNCE_RATE)),
                () -> assertEquals(null, chain.figures(UTC_TENANT, DAY.plusDays(1), ALL, Indicator.BOUNCE_RATE)));
    }
}
