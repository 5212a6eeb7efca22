package io.ticketradar.pipelines.patterns;

import io.ticketradar.models.cases.CaseBuilder;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.models.track.PatternStatus;
import io.ticketradar.pipelines.TenantZones;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The detector operator in a test harness: it evaluates on event-time timers, emits a burst as a pattern, learns
 * decisions, survives a restore from a snapshot exactly, and leaves neither timers nor old cases behind.
 */
class EmergenceFunctionTest {

    private static final String TENANT = "t1";
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private static final int BURST_FROM = 43;

    private static KeyedTwoInputStreamOperatorTestHarness<String, CaseMessage, TenantNotice, PatternMessage> harness()
            throws Exception {
        return new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(new EmergenceFunction(TenantZones.defaults(), PatternSettings.defaults())),
                CaseMessage::key,
                TenantNotice::tenantId,
                Types.STRING);
    }

    /** Usual cases of a day (and a burst of F-B in 华南 from {@link #BURST_FROM} on), then the day's end passes. */
    private static void day(
            KeyedTwoInputStreamOperatorTestHarness<String, CaseMessage, TenantNotice, PatternMessage> h,
            int d,
            Random random)
            throws Exception {
        LocalDate day = START.plusDays(d);
        String[] regions = {"华东", "华南", "华北"};
        List<FailureCase> cases = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String fault = "F-" + (char) ('A' + random.nextInt(8));
            cases.add(of(day, d * 100 + i, fault, regions[random.nextInt(3)]));
        }
        for (int i = 0; d >= BURST_FROM && i < 5; i++) {
            cases.add(of(day, d * 100 + 80 + i, "F-B", "华南"));
        }
        for (FailureCase c : cases) {
            h.processElement1(CaseMessage.of(TENANT, c), c.createdAt().toEpochMilli());
        }
        h.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(endOf(day)));
    }

    private static long endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(SHANGHAI).toInstant().toEpochMilli();
    }

    private static FailureCase of(LocalDate day, int n, String fault, String region) {
        return CaseBuilder.ticket(TENANT, "C" + n, day)
                .device("SN" + n)
                .fault(fault)
                .region(region)
                .build();
    }

    private static List<FailurePattern> patterns(List<PatternMessage> out) {
        return out.stream().map(PatternMessage::pattern).toList();
    }

    @Test
    void aBurstIsEmittedOnceItsDayEndsAndADismissalQuietsIt() throws Exception {
        try (var h = harness()) {
            h.open();
            Random random = new Random(3);
            for (int d = 0; d < BURST_FROM; d++) {
                day(h, d, random);
            }
            assertTrue(h.extractOutputValues().isEmpty(), "nothing before the burst");
            for (int d = BURST_FROM; d < BURST_FROM + 8; d++) {
                day(h, d, random);
            }
            List<FailurePattern> out = patterns(h.extractOutputValues());
            assertFalse(out.isEmpty(), "the burst was not emitted");
            FailurePattern first = out.getFirst();
            assertEquals(List.of("fault:F-B", "region:华南"), first.definingCodes());
            assertFalse(first.detectedOn().isBefore(START.plusDays(BURST_FROM)));
            assertEquals(1, h.numEventTimeTimers(), "one evaluation pending: the next");

            h.processElement2(
                    TenantNotice.feedback(
                            TENANT,
                            first.patternId(),
                            true,
                            "known",
                            null,
                            Instant.parse("2025-11-20T00:00:00Z").toEpochMilli()),
                    0);
            List<PatternMessage> decided = h.extractOutputValues();
            PatternMessage dismissed = decided.getLast();
            assertEquals(PatternStatus.DISMISSED, dismissed.pattern().status());
            assertFalse(dismissed.forResearch());
        }
    }

    @Test
    void aRestoredOperatorContinuesExactlyAsAnUninterruptedOne() throws Exception {
        List<FailurePattern> uninterrupted;
        try (var h = harness()) {
            h.open();
            Random random = new Random(5);
            for (int d = 0; d < BURST_FROM + 8; d++) {
                day(h, d, random);
            }
            uninterrupted = patterns(h.extractOutputValues());
        }
        OperatorSubtaskState snapshot;
        List<FailurePattern> before;
        Random random = new Random(5);
        try (var h = harness()) {
            h.open();
            for (int d = 0; d < BURST_FROM + 2; d++) {
                day(h, d, random);
            }
            before = patterns(h.extractOutputValues());
            snapshot = h.snapshot(1, 1);
        }
        try (var h = harness()) {
            h.initializeState(snapshot);
            h.open();
            for (int d = BURST_FROM + 2; d < BURST_FROM + 8; d++) {
                day(h, d, random);
            }
            List<FailurePattern> all = new ArrayList<>(before);
            all.addAll(patterns(h.extractOutputValues()));
            assertEquals(uninterrupted, all);
        }
    }

    @Test
    void evaluationsPauseAfterTheLastCaseAndOldCasesLeaveTheState() throws Exception {
        try (var h = harness()) {
            h.open();
            Random random = new Random(7);
            for (int d = 0; d < 10; d++) {
                day(h, d, random);
            }
            long farLater = endOf(START.plusDays(200));
            h.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(farLater));
            assertEquals(0, h.numEventTimeTimers(), "a day after the newest case, evaluations pause");
            assertTrue(h.numKeyedStateEntries() > 0);

            // A new case resumes them, after the last evaluation, and the old days are forgotten at the day's end.
            FailureCase late = of(START.plusDays(201), 99_999, "F-A", "华东");
            h.processElement1(CaseMessage.of(TENANT, late), late.createdAt().toEpochMilli());
            assertEquals(1, h.numEventTimeTimers());
            h.processBothWatermarks(new org.apache.flink.streaming.api.watermark.Watermark(endOf(START.plusDays(203))));
            assertEquals(0, h.numEventTimeTimers());
            Duration history =
                    Duration.ofDays(PatternSettings.defaults().detector().historyDays());
            assertTrue(history.toDays() < 190, "the first ten days are beyond the history");
        }
    }
}
