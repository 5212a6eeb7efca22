package io.ticketradar.datasets.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.scenario.DayRef;
import io.ticketradar.datasets.scenario.PatternKind;
import io.ticketradar.datasets.scenario.PatternSpec;
import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The evaluation scenarios are of the built-in patterns' kinds with other specifics (faults, products, regions,
 * temperatures, firmware, accessories), sharp and slow onsets, decoys in some, a season of their own with a
 * 28-day baseline before the first onset; and each generates its pattern.
 */
class EvaluationScenariosTest {
    static final List<String> EVALUATION = Scenarios.EVALUATION;
    private static final List<PatternSpec> BUILT_IN = Scenarios.load("before").patterns();

    @Test
    void theSetCoversTheKindsWithOtherSpecifics() {
        assertTrue(EVALUATION.size() >= 6);
        Set<PatternKind> kinds = EnumSet.noneOf(PatternKind.class);
        int sharp = 0;
        int slow = 0;
        int withDecoys = 0;
        for (String name : EVALUATION) {
            Scenario scenario = Scenarios.load(name);
            withDecoys += scenario.decoys().isEmpty() ? 0 : 1;
            for (PatternSpec p : scenario.patterns()) {
                kinds.add(p.kind());
                sharp += p.rampDays() <= 2 ? 1 : 0;
                slow += p.rampDays() >= 14 && p.rampDays() <= 42 ? 1 : 0;
                for (PatternSpec builtIn : BUILT_IN) {
                    String what = name + " / " + builtIn.id() + ": other ";
                    differs(what + "fault", p.fault(), builtIn.fault());
                    differs(
                            what + "products",
                            p.devices().products(),
                            builtIn.devices().products());
                    differs(
                            what + "firmware",
                            p.devices().firmware(),
                            builtIn.devices().firmware());
                    differs(
                            what + "accessory",
                            p.devices().modification(),
                            builtIn.devices().modification());
                    differs(
                            what + "temperature",
                            p.slice().ambientBelowC(),
                            builtIn.slice().ambientBelowC());
                    differs(
                            what + "regions",
                            p.slice().regions().isEmpty() ? null : p.slice().regions(),
                            builtIn.slice().regions());
                }
            }
        }
        assertTrue(
                kinds.containsAll(
                        EnumSet.of(PatternKind.TEMPERATURE, PatternKind.REGIONAL_FIRMWARE, PatternKind.ACCESSORY)),
                "kinds: " + kinds);
        assertTrue(sharp >= 2 && slow >= 2, "sharp " + sharp + ", slow " + slow);
        assertTrue(withDecoys >= 3, "scenarios with decoys: " + withDecoys);
    }

    /** An evaluation pattern that names a feature names another than the built-in one. */
    private static void differs(String what, Object evaluation, Object builtIn) {
        assertFalse(evaluation != null && evaluation.equals(builtIn), what);
    }

    @ParameterizedTest
    @FieldSource("EVALUATION")
    void loadsWithASeasonAndABaselineAndGeneratesItsPatterns(String name) {
        Scenario scenario = Scenarios.load(name);
        assertEquals(name, scenario.name());
        LocalDate start = scenario.startDate();
        assertNotNull(start, "a start of its own");
        assertNotNull(scenario.days());
        for (PatternSpec p : scenario.patterns()) {
            LocalDate onset = DayRef.resolve(p.onset(), start);
            assertTrue(!onset.isBefore(start.plusWeeks(5)), p.id() + ": five weeks before the onset, " + onset);
            assertTrue(onset.plusDays(28).isBefore(start.plusDays(scenario.days())), p.id() + ": four weeks after");
        }
        // At a quarter of the model customer's rate, to keep it quick: the pattern shows, after its onset.
        Generated data = Generated.of(GeneratorSettings.of(1, start, scenario.days(), 30, 3, scenario));
        JsonNode tenant = data.truth().toJson().get("tenants").elements().next();
        assertEquals(scenario.patterns().size(), tenant.get("patterns").size());
        assertEquals(scenario.decoys().size(), tenant.get("decoys").size());
        for (JsonNode p : tenant.get("patterns")) {
            PatternSpec spec = scenario.patterns().stream()
                    .filter(s -> s.id().equals(p.get("id").asText()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(spec.kind().code(), p.get("kind").asText());
            int before = 0;
            int after = 0;
            for (JsonNode day : p.get("daily")) {
                boolean early = LocalDate.parse(day.get("day").asText())
                        .isBefore(LocalDate.parse(p.get("onset_day").asText()));
                before += early ? day.get("pattern_tickets").asInt() : 0;
                after += early ? 0 : day.get("pattern_tickets").asInt();
            }
            System.out.printf("%s: %d pattern tickets before onset, %d after%n", name, before, after);
            assertTrue(after >= 10, name + ": the pattern shows after onset: " + after);
            assertTrue(before <= Math.max(2, 0.2 * after), name + ": little before onset: " + before);
        }
    }
}
