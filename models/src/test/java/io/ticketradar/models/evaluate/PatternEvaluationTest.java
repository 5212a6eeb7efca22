package io.ticketradar.models.evaluate;

import io.ticketradar.models.evaluate.GroundTruth.InjectedPattern;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PatternEvaluationTest {

    private static InjectedPattern accBurst() {
        Map<LocalDate, Integer> daily = new LinkedHashMap<>();
        daily.put(LocalDate.of(2025, 12, 28), 3);
        daily.put(LocalDate.of(2025, 12, 29), 1);
        daily.put(LocalDate.of(2025, 12, 30), 2);
        daily.put(LocalDate.of(2025, 12, 31), 3);
        return new InjectedPattern(
                "acc",
                "regional_firmware",
                LocalDate.of(2025, 12, 29),
                "SW-ACC-01",
                List.of("ac_restart"),
                List.of("华南"),
                null,
                null,
                List.of("ACC-200"),
                "ACC-4.2.0",
                null,
                null,
                List.of("ac_panel"),
                Set.of("T1"),
                daily);
    }

    @Test
    void exactMeansEveryInjectedRestrictionAndNothingElse() {
        InjectedPattern acc = accBurst();
        assertTrue(PatternEvaluation.exact(List.of("fault:SW-ACC-01", "region:华南", "firmware:ACC-4.2.0"), acc));
        assertTrue(
                PatternEvaluation.exact(
                        List.of(
                                "fault:SW-ACC-01",
                                "region:华南",
                                "firmware:ACC-4.2.0",
                                "model:ACC-200",
                                "photo:ac_panel"),
                        acc),
                "the injection's models and photo labels are allowed");
        assertFalse(PatternEvaluation.exact(List.of("fault:SW-ACC-01", "region:华南"), acc), "the firmware is missing");
        assertFalse(
                PatternEvaluation.exact(List.of("symptom:ac_restart", "region:华南", "firmware:ACC-4.2.0"), acc),
                "told by a symptom, the fault is missing");
        assertFalse(
                PatternEvaluation.exact(List.of("fault:SW-ACC-01", "region:华南", "firmware:ACC-4.2.0", "site:S-1"), acc),
                "a site too many");
    }

    @Test
    void temperatureBoundsMatchWithinFiveDegrees() {
        InjectedPattern cold = new InjectedPattern(
                "cold",
                "temperature",
                LocalDate.of(2026, 1, 5),
                "HV-BMS-LT02",
                List.of(),
                List.of(),
                -10.0,
                null,
                List.of("BMS-G3"),
                null,
                null,
                null,
                List.of(),
                Set.of(),
                Map.of());
        assertTrue(PatternEvaluation.exact(List.of("fault:HV-BMS-LT02", "temp:<-15"), cold));
        assertTrue(PatternEvaluation.exact(List.of("fault:HV-BMS-LT02", "temp:<-10", "model:BMS-G3"), cold));
        assertFalse(PatternEvaluation.exact(List.of("fault:HV-BMS-LT02", "temp:<-25"), cold));
        assertFalse(PatternEvaluation.exact(List.of("fault:HV-BMS-LT02"), cold));
        assertFalse(PatternEvaluation.exact(List.of("fault:HV-BMS-LT02", "temp:<-10", "region:东北"), cold));
    }

    @Test
    void detectableFromIsTheDayTheInjectedTicketsReachedFive() {
        assertEquals(
                LocalDate.of(2025, 12, 31),
                PatternEvaluation.detectableFrom(accBurst()),
                "1 + 2 + 3 since onset: tickets before the onset do not count");
    }
}
