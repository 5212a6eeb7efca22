package io.ticketradar.pipelines.breaker;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.pipelines.testing.BoundedRecords;
import io.ticketradar.pipelines.testing.BoundedRun;
import io.ticketradar.pipelines.testing.MiniClusters;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The breaker on the whole application with the model customer's data: before the change, breakpoints
 * run far above 5% every day, so the circuit must open after the third day, exactly once.
 */
@Tag("stack")
class CircuitBreakerOnGeneratedDataTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(1);

    @Test
    void theModelCustomersBreakpointsOpenTheCircuitOnTheThirdDay() throws Exception {
        LocalDate start = LocalDate.of(2026, 3, 2);
        GeneratorSettings generated = GeneratorSettings.of(1, start, 6, 60, 7L, Scenarios.load("before"));
        String tenant = generated.tenantIds().getFirst();
        try (BoundedRun run = BoundedRun.open()) {
            run.runToEnd(BoundedRecords.ofGenerated(new DataGenerator(generated).records()), 1);

            List<Map<String, Object>> alerts = run.warehouse()
                    .query(
                            "SELECT kind, toString(day) AS day FROM alerts FINAL WHERE tenant_id = ? ORDER BY raised_at",
                            tenant);
            assertFalse(alerts.isEmpty(), "no alert although breakpoints ran above 5% every day");
            assertEquals("CIRCUIT_OPEN", alerts.getFirst().get("kind"));
            assertEquals(start.plusDays(2).toString(), alerts.getFirst().get("day"));
            assertEquals(
                    1,
                    alerts.stream()
                            .filter(a -> "CIRCUIT_OPEN".equals(a.get("kind")))
                            .count(),
                    "opened once");
        }
    }
}
