package io.ticketradar.datasets.generate;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.datasets.scenario.Scenarios;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The realised ground truth of the built-in scenarios is near the model customer's figures (DOMAIN.md §1).
 * LifecycleTest shows the truth is what the events say; here, that it is what the case says.
 */
class ScenarioTargetsTest {

    private static JsonNode indicators(String scenario) {
        Generated data =
                Generated.of(GeneratorSettings.of(1, LocalDate.of(2025, 3, 3), 90, 120, 21, Scenarios.load(scenario)));
        JsonNode indicators = data.truth().indicators(GeneratorSettings.DEMO_TENANTS.getFirst());
        System.out.println(scenario + ": " + indicators);
        return indicators;
    }

    private static void near(JsonNode indicators, Map<String, double[]> expected) {
        expected.forEach((name, targetAndTolerance) ->
                assertEquals(targetAndTolerance[0], indicators.get(name).asDouble(), targetAndTolerance[1], name));
    }

    @Test
    void beforeReproducesTheModelCustomer() {
        JsonNode i = indicators("before");
        near(
                i,
                Map.of(
                        "first_response_timeout_rate", new double[] {0.413, 0.02},
                        "closure_days_mean", new double[] {5.8, 0.4},
                        "overdue_rate", new double[] {0.37, 0.03},
                        "bounce_rate", new double[] {0.22, 0.02},
                        "secondary_complaint_rate", new double[] {0.29, 0.025},
                        "coordination_hours_mean", new double[] {2.7, 0.2},
                        "breakpoint_rate", new double[] {0.45, 0.05}));
    }

    @Test
    void afterReproducesTheStateAfterTheChange() {
        JsonNode i = indicators("after");
        near(
                i,
                Map.of(
                        "first_response_compliance", new double[] {0.92, 0.02},
                        "first_response_timeout_rate", new double[] {0.05, 0.015},
                        "closure_days_mean", new double[] {1.9, 0.15},
                        "bounce_rate", new double[] {0.04, 0.015},
                        "coordination_hours_mean", new double[] {0.6, 0.08},
                        "breakpoint_rate", new double[] {0.06, 0.03}));
        JsonNode before = indicators("before");
        for (String better : new String[] {
            "closure_days_p50", "closure_days_p90", "overdue_rate", "secondary_complaint_rate", "breakpoint_rate"
        }) {
            assertTrue(i.get(better).asDouble() < before.get(better).asDouble(), better + " improves after the change");
        }
    }
}
