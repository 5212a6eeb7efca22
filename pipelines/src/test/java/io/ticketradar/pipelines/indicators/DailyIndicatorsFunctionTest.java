package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.warehouse.tables.Regions;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DailyIndicatorsFunctionTest {

    private static final IndicatorSettings SETTINGS = IndicatorSettings.defaults();
    /** 2026-01-05 09:00 in Shanghai. */
    private static final long MORNING = Instant.parse("2026-01-05T01:00:00Z").toEpochMilli();

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);
    private static final long MINUTE = 60_000;

    private KeyedOneInputStreamOperatorTestHarness<String, Contribution, IndicatorRow> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DailyIndicatorsFunction(SETTINGS), DailyIndicatorsFunction.byDay(SETTINGS.zones()), Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(String region, long numerator, long denominator, long at) throws Exception {
        harness.processElement(
                new Contribution("t", Indicator.BREAKPOINT_RATE, MORNING, region, "", numerator, denominator), at);
    }

    private List<IndicatorRow> rows() {
        return harness.extractOutputValues();
    }

    @Test
    void sumsPerRegionAndOverallAndWritesOncePerRefresh() throws Exception {
        send("华东", 1, 1, MORNING);
        send("华东", 0, 1, MORNING + 1);
        send("华南", 0, 1, MORNING + 2);
        assertTrue(rows().isEmpty(), "written at the refresh, not per contribution");

        harness.processWatermark(MORNING + MINUTE);

        assertEquals(
                Set.of(
                        new IndicatorRow(
                                "t",
                                DAY,
                                "华东",
                                "",
                                Indicator.BREAKPOINT_RATE,
                                new Figures(1, 2, 0.5),
                                MORNING + MINUTE,
                                1),
                        new IndicatorRow(
                                "t",
                                DAY,
                                Regions.ALL,
                                "",
                                Indicator.BREAKPOINT_RATE,
                                new Figures(1, 3, 1 / 3.0),
                                MORNING + MINUTE,
                                1),
                        new IndicatorRow(
                                "t",
                                DAY,
                                "华南",
                                "",
                                Indicator.BREAKPOINT_RATE,
                                new Figures(0, 1, 0.0),
                                MORNING + MINUTE,
                                1)),
                Set.copyOf(rows()));
    }

    @Test
    void aCorrectionRewritesOnlyTheChangedRowsWithAHigherVersion() throws Exception {
        send("华东", 0, 1, MORNING);
        send("华南", 0, 1, MORNING);
        harness.processWatermark(MORNING + MINUTE);
        harness.getOutput().clear();

        send("华东", 1, 0, MORNING + 2 * MINUTE); // the 华东 ticket turned out to sit > 4 h
        harness.processWatermark(MORNING + 3 * MINUTE);

        assertEquals(
                Set.of(
                        new IndicatorRow(
                                "t",
                                DAY,
                                "华东",
                                "",
                                Indicator.BREAKPOINT_RATE,
                                new Figures(1, 1, 1.0),
                                MORNING + 3 * MINUTE,
                                2),
                        new IndicatorRow(
                                "t",
                                DAY,
                                Regions.ALL,
                                "",
                                Indicator.BREAKPOINT_RATE,
                                new Figures(1, 2, 0.5),
                                MORNING + 3 * MINUTE,
                                2)),
                Set.copyOf(rows()));
    }

    @Test
    void theDayIsDroppedAfterTheCorrectionHorizonAndLaterContributionsAreNotApplied() throws Exception {
        send("华东", 1, 1, MORNING);
        long dayEnd = Instant.parse("2026-01-05T16:00:00Z").toEpochMilli();
        harness.processWatermark(dayEnd + SETTINGS.correctionHorizon().toMillis());
        assertEquals(0, harness.numKeyedStateEntries());
        assertEquals(0, harness.numEventTimeTimers());
        int written = rows().size();

        send("华东", -1, -1, dayEnd + SETTINGS.correctionHorizon().toMillis() + 1);
        harness.processWatermark(Long.MAX_VALUE - 1);

        assertEquals(written, rows().size());
        assertEquals(0, harness.numKeyedStateEntries());
    }

    @Test
    void theDayIsTheTenantsCalendarDay() throws Exception {
        long lateEvening = Instant.parse("2026-01-05T16:30:00Z").toEpochMilli(); // 00:30 on the 6th in Shanghai
        harness.processElement(new Contribution("t", Indicator.BOUNCE_RATE, lateEvening, "华东", "", 0, 1), lateEvening);
        harness.processWatermark(lateEvening + Duration.ofMinutes(1).toMillis());
        assertTrue(rows().stream().allMatch(r -> r.day().equals(LocalDate.of(2026, 1, 6))));
    }
}
