package io.ticketradar.pipelines.breaker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.testing.BoundedRecords;
import io.ticketradar.pipelines.testing.JobRuns;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The breaker on the whole application with the model customer's data: before the change, breakpoints
 * run far above 5% every day, so the circuit must open after the third day, exactly once.
 */
class CircuitBreakerOnGeneratedDataTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

    @TempDir
    Path tmp;

    @Test
    void theModelCustomersBreakpointsOpenTheCircuitOnTheThirdDay() throws Exception {
        LocalDate start = LocalDate.of(2026, 3, 2);
        GeneratorSettings generated = GeneratorSettings.of(1, start, 6, 60, 7L, Scenarios.load("before"));
        String tenant = generated.tenantIds().getFirst();
        List<SourceRecord> records = new ArrayList<>();
        Iterator<GeneratedRecord> it = new DataGenerator(generated).records();
        while (it.hasNext()) {
            GeneratedRecord r = it.next();
            records.add(new SourceRecord(r.topic(), 0, records.size(), r.publishAt().toEpochMilli(), r.value()));
        }
        try (Warehouse warehouse = TestWarehouses.open()) {
            PipelineSettings settings = PipelineSettings.defaults("unused:9092",
                    TestWarehouses.config(warehouse.database()), tmp.resolve("checkpoints"));
            JobRuns.runToEnd(settings, BoundedRecords.of(records), 1);

            List<Map<String, Object>> alerts = warehouse.query(
                    "SELECT kind, toString(day) AS day FROM alerts FINAL WHERE tenant_id = ? ORDER BY raised_at", tenant);
            assertFalse(alerts.isEmpty(), "no alert although breakpoints ran above 5% every day");
            assertEquals("CIRCUIT_OPEN", alerts.getFirst().get("kind"));
            assertEquals(start.plusDays(2).toString(), alerts.getFirst().get("day"));
            assertEquals(1, alerts.stream().filter(a -> "CIRCUIT_OPEN".equals(a.get("kind"))).count(), "opened once");
        }
    }
}
