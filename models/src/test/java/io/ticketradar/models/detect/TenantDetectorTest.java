package io.ticketradar.models.detect;

import io.ticketradar.models.cases.CaseBuilder;
import io.ticketradar.models.cases.Code;
import io.ticketradar.models.cases.CodeKind;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantDetectorTest {

    private static final LocalDate START = LocalDate.of(2025, 10, 1);

    /** Detections per day over {@code days} days of usual cases plus what {@code extra} adds each day. */
    private static List<List<Detection>> run(int days, int perDay, Extra extra) {
        return run(new SyntheticCases(7), days, perDay, extra);
    }

    private static List<List<Detection>> run(SyntheticCases cases, int days, int perDay, Extra extra) {
        TenantDetector detector = new TenantDetector(DetectorSettings.defaults());
        List<List<Detection>> byDay = new ArrayList<>();
        for (int d = 0; d < days; d++) {
            LocalDate day = START.plusDays(d);
            cases.day(day, perDay).forEach(detector::upsert);
            extra.add(d, day, cases).forEach(detector::upsert);
            byDay.add(detector.evaluate(day));
        }
        return byDay;
    }

    interface Extra {
        List<io.ticketradar.models.cases.FailureCase> add(int d, LocalDate day, SyntheticCases cases);
    }

    @Test
    void aRegionalFirmwareBurstIsFoundWithItsDefiningCodes() {
        List<List<Detection>> byDay = run(
                50,
                60,
                (d, day, cases) -> d < 43
                        ? List.of()
                        : java.util.stream.IntStream.range(0, 4)
                                .mapToObj(i -> cases.of(day, "F-B", "华南", "M-2", "M-2-fw1", 20.0))
                                .toList());
        for (int d = 0; d < 43; d++) {
            assertTrue(byDay.get(d).isEmpty(), "nothing before the burst, day " + d + ": " + byDay.get(d));
        }
        Detection found = byDay.subList(43, 50).stream()
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the burst was not found"));
        assertEquals(
                List.of(
                        Code.of(CodeKind.FAULT, "F-B"),
                        Code.of(CodeKind.REGION, "华南"),
                        Code.of(CodeKind.FIRMWARE, "M-2-fw1")),
                found.codes(),
                "the fault, the region and the firmware that separates it (not the model it implies)");
        assertTrue(found.observed() > 2 * found.expected());
    }

    @Test
    void aRegionIsNamedWhenTheFirmwareFaultsOutsideItAreWithinChance() {
        // Two more a day in 华南 on the firmware, and one more every other day elsewhere on it: a fifth of the excess
        // lies outside the region, no more than chance leaves there, so the region keeps defining the pattern.
        List<List<Detection>> byDay = run(70, 60, (d, day, cases) -> {
            List<io.ticketradar.models.cases.FailureCase> extra = new ArrayList<>();
            if (d >= 43) {
                for (int i = 0; i < 2; i++) {
                    extra.add(cases.of(day, "F-B", "华南", "M-2", "M-2-fw1", 20.0));
                }
                if (d % 2 == 0) {
                    extra.add(cases.of(day, "F-B", SyntheticCases.REGIONS[d % 4 == 1 ? 0 : 2], "M-2", "M-2-fw1", 20.0));
                }
            }
            return extra;
        });
        List<Detection> found = byDay.subList(43, 70).stream()
                .flatMap(List::stream)
                .filter(f -> f.codes().getFirst().equals(Code.of(CodeKind.FAULT, "F-B")))
                .toList();
        assertFalse(found.isEmpty(), "the burst was not found");
        List<Code> defining = List.of(
                Code.of(CodeKind.FAULT, "F-B"), Code.of(CodeKind.REGION, "华南"), Code.of(CodeKind.FIRMWARE, "M-2-fw1"));
        for (Detection f : found) {
            assertEquals(defining, f.codes(), "the region keeps defining it as the pattern grows");
        }
    }

    @Test
    void aBatchIsNamedWithoutTheAgeItsDevicesShare() {
        LocalDate produced = START.minusMonths(16);
        List<List<Detection>> byDay = run(
                new SyntheticCases(7, START.minusMonths(2)),
                50,
                60,
                (d, day, cases) -> d < 43
                        ? List.of()
                        : java.util.stream.IntStream.range(0, 4)
                                .mapToObj(i -> CaseBuilder.ticket("t1", "X-" + d + "-" + i, day)
                                        .fault("F-C")
                                        .domain("HV")
                                        .model("M-3")
                                        .batch("BX")
                                        .produced(produced)
                                        .firmware("M-3-fw1")
                                        .region(SyntheticCases.REGIONS[i])
                                        .site("S-" + SyntheticCases.REGIONS[i])
                                        .build())
                                .toList());
        Detection found = byDay.subList(43, 50).stream()
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the batch's burst was not found"));
        assertEquals(
                List.of(Code.of(CodeKind.FAULT, "F-C"), Code.of(CodeKind.BATCH, "BX")),
                found.codes(),
                "the batch, not the age band every device of it is in");
    }

    @Test
    void aFaultOfOneModelIsNotNarrowedByItsModelWhereItIsNew() {
        String[] elsewhere = {"华东", "华北", "东北"};
        List<List<Detection>> byDay = run(50, 60, (d, day, cases) -> {
            List<io.ticketradar.models.cases.FailureCase> extra = new ArrayList<>();
            extra.add(cases.of(day, "F-M", elsewhere[d % 3], "M-1", "M-1-fw" + d % 2, 20.0));
            if (d >= 43) {
                for (int i = 0; i < 4; i++) {
                    extra.add(cases.of(day, "F-M", "华南", "M-1", "M-1-fw" + i % 2, 20.0));
                }
            }
            return extra;
        });
        Detection found = byDay.subList(43, 50).stream()
                .flatMap(List::stream)
                .findFirst()
                .orElseThrow(() -> new AssertionError("the burst was not found"));
        assertEquals(
                List.of(Code.of(CodeKind.FAULT, "F-M"), Code.of(CodeKind.REGION, "华南")),
                found.codes(),
                "the region where the fault is new, not the one model the fault always strikes");
    }

    @Test
    void aContextThatGrowsWithItsUsualFaultMixIsNoPattern() {
        // Cold weather arrives: cold cases go from 1 to 16 a day, a third of them F-COLD as always.
        List<List<Detection>> byDay = run(70, 60, (d, day, cases) -> {
            int cold = d < 45 ? 1 : 16;
            List<io.ticketradar.models.cases.FailureCase> out = new ArrayList<>();
            for (int i = 0; i < cold; i++) {
                out.add(cases.of(
                        day, i % 3 == 0 ? "F-COLD" : SyntheticCases.FAULTS[i % 8], "东北", "M-1", "M-1-fw0", -20.0));
            }
            return out;
        });
        assertTrue(byDay.stream().allMatch(List::isEmpty), "winter is not a pattern: " + byDay);
    }

    @Test
    void aNewTenantIsQuietUntilItHasABaseline() {
        List<List<Detection>> byDay = run(
                27,
                60,
                (d, day, cases) -> d < 10
                        ? List.of()
                        : java.util.stream.IntStream.range(0, 10)
                                .mapToObj(i -> cases.of(day, "F-B", "华南", "M-2", "M-2-fw1", 20.0))
                                .toList());
        assertTrue(byDay.stream().allMatch(List::isEmpty), "no baseline, no report");
    }

    @Test
    void monthsOfUsualCasesRaiseNothing() {
        List<List<Detection>> byDay = run(150, 120, (d, day, cases) -> List.of());
        assertFalse(byDay.stream().anyMatch(l -> !l.isEmpty()), "a false alarm: " + byDay);
    }
}
