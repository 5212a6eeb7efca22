package io.ticketradar.models.track;

import io.ticketradar.models.cases.CaseBuilder;
import io.ticketradar.models.cases.FailureCase;
import io.ticketradar.models.detect.DetectorSettings;
import io.ticketradar.models.explain.CodeLabels;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternTrackerTest {

    private static final LocalDate START = LocalDate.of(2025, 10, 1);
    private static final int BURST_FROM = 43;

    private final Random random = new Random(11);
    private TenantPatterns tenant;
    private int next;

    @BeforeEach
    void setUp() {
        tenant = new TenantPatterns("t1", DetectorSettings.defaults(), new CodeLabels());
    }

    private FailureCase of(LocalDate day, String fault, String symptom, String region) {
        return CaseBuilder.ticket("t1", "C" + (++next), day)
                .symptoms(List.of(symptom))
                .fault(fault)
                .region(region)
                .team("T-TECH")
                .build();
    }

    private void usualDay(LocalDate day) {
        String[] regions = {"华东", "华南", "华北"};
        for (int i = 0; i < 60; i++) {
            String fault = "F-" + (char) ('A' + random.nextInt(8));
            tenant.upsert(of(day, fault, "s-" + fault, regions[random.nextInt(3)]));
        }
    }

    /** Evaluates the end of each day from {@code from} to {@code to}; returns every change. */
    private List<PatternChange> days(int from, int to, java.util.function.IntConsumer extra) {
        List<PatternChange> changes = new ArrayList<>();
        for (int d = from; d < to; d++) {
            LocalDate day = START.plusDays(d);
            usualDay(day);
            extra.accept(d);
            changes.addAll(tenant.evaluate(day.plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(8)), day));
        }
        return changes;
    }

    private void burst(int d) {
        LocalDate day = START.plusDays(d);
        for (int i = 0; i < 5; i++) {
            tenant.upsert(of(day, "F-B", "s-F-B", "华南"));
        }
    }

    @Test
    void aPatternEmergesStaysActiveFadesAndResolvesUnderOneIdDetectedOnceForAll() {
        assertTrue(days(0, BURST_FROM, d -> {}).isEmpty());
        List<PatternChange> burst = days(BURST_FROM, BURST_FROM + 20, this::burst);
        PatternChange first = burst.getFirst();
        assertTrue(first.isNew() && first.forResearch());
        assertEquals(PatternStatus.EMERGING, first.pattern().status());
        String id = first.pattern().patternId();
        LocalDate detected = first.pattern().detectedOn();
        assertTrue(!detected.isBefore(START.plusDays(BURST_FROM)), "never before the burst began");
        assertTrue(burst.stream().allMatch(c -> c.pattern().patternId().equals(id)), "one pattern, one id");
        assertTrue(burst.stream().allMatch(c -> c.pattern().detectedOn().equals(detected)), "never back-dated");
        assertTrue(burst.stream().anyMatch(c -> c.pattern().status() == PatternStatus.ACTIVE));
        assertEquals(List.of("fault:F-B", "region:华南"), first.pattern().definingCodes());

        List<PatternChange> after = days(BURST_FROM + 20, BURST_FROM + 60, d -> {});
        assertTrue(after.stream().anyMatch(c -> c.pattern().status() == PatternStatus.FADING));
        FailurePattern last = tenant.tracker().patterns().getFirst();
        assertEquals(PatternStatus.RESOLVED, last.status());
        assertEquals(detected, last.detectedOn());
        assertEquals(56, last.daily().size());
        assertFalse(last.exampleTickets().isEmpty());
        assertEquals(List.of("T-TECH"), last.hints().teams());
    }

    @Test
    void aDismissedPatternStaysQuiet() {
        days(0, BURST_FROM, d -> {});
        String id = days(BURST_FROM, BURST_FROM + 8, this::burst)
                .getFirst()
                .pattern()
                .patternId();
        PatternChange dismissed = tenant.tracker().feedback(id, true, "known, fix shipping", null, Instant.now());
        assertNotNull(dismissed);
        assertEquals(PatternStatus.DISMISSED, dismissed.pattern().status());
        assertFalse(dismissed.forResearch(), "a person's decision is not news for R&D");

        List<PatternChange> later = days(BURST_FROM + 8, BURST_FROM + 14, this::burst);
        assertTrue(later.stream().allMatch(c -> c.pattern().status() == PatternStatus.DISMISSED));
        assertTrue(later.stream().noneMatch(PatternChange::forResearch));
        assertTrue(later.stream().noneMatch(PatternChange::forDispatch));
        assertTrue(tenant.tracker().state().getFirst().dismissed());
    }

    @Test
    void aSymptomBurstThatTurnsOutToBeOneFaultKeepsItsId() {
        days(0, BURST_FROM, d -> {});
        List<FailureCase> undiagnosed = new ArrayList<>();
        List<PatternChange> changes = days(BURST_FROM, BURST_FROM + 6, d -> {
            LocalDate day = START.plusDays(d);
            for (int i = 0; i < 5; i++) {
                FailureCase c = of(day, null, "s-Z", "华南");
                undiagnosed.add(c);
                tenant.upsert(c);
            }
            if (d == BURST_FROM + 3) { // the diagnoses arrive: every one of them is F-Z
                for (FailureCase c : undiagnosed) {
                    tenant.upsert(CaseBuilder.diagnosed(c, "F-Z"));
                }
            }
        });
        assertTrue(changes.getFirst().pattern().definingCodes().getFirst().startsWith("symptom:s-Z"));
        String id = changes.getFirst().pattern().patternId();
        FailurePattern last = tenant.tracker().patterns().getFirst();
        assertEquals(1, tenant.tracker().patterns().size());
        assertEquals(id, last.patternId());
        assertEquals("fault:F-Z", last.definingCodes().getFirst(), "told by its fault once known");
    }
}
