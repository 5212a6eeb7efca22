package io.ticketradar.pipelines.indicators;

import io.ticketradar.warehouse.tables.Regions;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LiveIndicatorsFunctionTest {

    private static final long T0 = Instant.parse("2026-01-05T01:00:00Z").toEpochMilli();
    private static final long MINUTE = 60_000;
    private static final long HOUR = 60 * MINUTE;

    private KeyedOneInputStreamOperatorTestHarness<String, Contribution, LiveIndicatorRow> harness;

    @BeforeEach
    void open() throws Exception {
        harness = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new LiveIndicatorsFunction(Duration.ofMinutes(1)), Contribution::tenantId, Types.STRING);
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(long anchor, long numerator, long at) throws Exception {
        harness.processElement(new Contribution("t", Indicator.BREAKPOINT_RATE, anchor, "华东", "", numerator, 1), at);
    }

    /** The overall breakpoint figures of the newest computation. */
    private Figures latestOverall() {
        List<LiveIndicatorRow> rows = harness.extractOutputValues();
        long newest = rows.getLast().computedAt();
        Map<String, Figures> byRegion = rows.stream()
                .filter(r -> r.computedAt() == newest)
                .collect(Collectors.toMap(LiveIndicatorRow::region, LiveIndicatorRow::figures));
        return byRegion.get(Regions.ALL);
    }

    @Test
    void aRetractionArrivingAfterTheTenantWentQuietDoesNotReopenExpiredTime() throws Exception {
        harness.processElement(new Contribution("t", Indicator.CLOSURE_CYCLE_P50_DAYS, T0, "华东", "", 3 * HOUR, 1), T0);
        harness.processWatermark(T0 + 26 * HOUR); // the sample left the window and the state was dropped
        assertEquals(0, harness.numKeyedStateEntries());
        // The ticket reopens: its old closure sample is retracted, stamped with an earlier event time.
        harness.processElement(
                new Contribution("t", Indicator.CLOSURE_CYCLE_P50_DAYS, T0, "华东", "", 3 * HOUR, -1), T0 + HOUR);
        harness.processWatermark(T0 + 27 * HOUR);
        assertEquals(0, harness.numKeyedStateEntries(), "nothing to add or retract in a window that has passed");
    }

    @Test
    void aWatermarkJumpingOverHoursOfHistoryWritesTheRowsOfItsLastMinuteOnly() throws Exception {
        send(T0, 1, T0);
        send(T0 + 10 * MINUTE, 0, T0 + 10 * MINUTE);
        send(T0 + 3 * HOUR, 1, T0 + 3 * HOUR);

        harness.processWatermark(T0 + 5 * HOUR + 30_000);

        List<Long> refreshes = harness.extractOutputValues().stream()
                .map(LiveIndicatorRow::computedAt)
                .distinct()
                .toList();
        assertEquals(List.of(T0 + 5 * HOUR), refreshes, "one refresh, at the last minute the watermark reached");
        assertEquals(new Figures(2, 3, 2.0 / 3), latestOverall(), "the same window a minute-by-minute run ends with");
        assertEquals(1, harness.numEventTimeTimers(), "the next refresh, a minute on");

        harness.processWatermark(T0 + 5 * HOUR + MINUTE);
        assertEquals(
                T0 + 5 * HOUR + MINUTE, harness.extractOutputValues().getLast().computedAt(), "live again");
    }

    @Test
    void refreshesEveryMinuteOverTheTwentyFourHoursBefore() throws Exception {
        send(T0, 1, T0);
        send(T0 + 10 * MINUTE, 0, T0 + 10 * MINUTE);
        for (long m = 1; m <= 30; m++) {
            harness.processWatermark(T0 + m * MINUTE);
        }
        assertEquals(new Figures(1, 2, 0.5), latestOverall());
        List<Long> refreshes = harness.extractOutputValues().stream()
                .map(LiveIndicatorRow::computedAt)
                .distinct()
                .toList();
        assertEquals(30, refreshes.size(), "every minute of event time");
        assertEquals(
                T0 + 30 * MINUTE - 24 * HOUR,
                harness.extractOutputValues().getLast().windowStart());

        harness.processWatermark(T0 + 24 * HOUR + 5 * MINUTE);
        assertEquals(new Figures(0, 1, 0.0), latestOverall(), "the first ticket left the window");
    }

    @Test
    void aTenantQuietForADayIsForgotten() throws Exception {
        send(T0, 1, T0);
        harness.processWatermark(T0 + 25 * HOUR);
        assertEquals(new Figures(0, 0, null), latestOverall());
        assertEquals(0, harness.numKeyedStateEntries());
        assertEquals(0, harness.numEventTimeTimers());
    }

    @Test
    void contributionsAnchoredAfterTheWindowWaitForIt() throws Exception {
        send(T0, 0, T0);
        send(T0 + 5 * MINUTE, 1, T0); // upstream ran ahead of the watermark
        harness.processWatermark(T0 + MINUTE);
        assertEquals(new Figures(0, 1, 0.0), latestOverall());
        harness.processWatermark(T0 + 6 * MINUTE);
        assertTrue(harness.extractOutputValues().size() > 0);
        assertEquals(new Figures(1, 2, 0.5), latestOverall());
    }

    @Test
    void aClosureSampleAddedThenRetractedLeavesTheWindowCleanly() throws Exception {
        long sample = 6 * HOUR;
        harness.processElement(new Contribution("t", Indicator.CLOSURE_CYCLE_P50_DAYS, T0, "华东", "", sample, 1), T0);
        harness.processWatermark(T0 + MINUTE);
        harness.processElement(
                new Contribution("t", Indicator.CLOSURE_CYCLE_P50_DAYS, T0, "华东", "", sample, -1),
                T0 + 2 * MINUTE); // reopened: the same bucket now holds the sample's addition and its retraction
        send(T0 + 3 * HOUR, 0, T0 + 3 * HOUR);

        harness.processWatermark(T0 + 24 * HOUR + 2 * MINUTE);

        List<LiveIndicatorRow> last = harness.extractOutputValues();
        assertEquals(
                new Figures(0, 0, null),
                last.stream()
                        .filter(r -> r.computedAt() == last.getLast().computedAt()
                                && r.region().equals(Regions.ALL)
                                && r.indicator() == Indicator.CLOSURE_CYCLE_P50_DAYS)
                        .findFirst()
                        .orElseThrow()
                        .figures());
    }
}
