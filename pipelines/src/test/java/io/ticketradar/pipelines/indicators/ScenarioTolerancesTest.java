package io.ticketradar.pipelines.indicators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.pipelines.IndicatorSettings;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Measuring draft. */
class ScenarioTolerancesTest {

    private static final Logger LOG = LoggerFactory.getLogger(ScenarioTolerancesTest.class);
    private static final LocalDate START = LocalDate.of(2025, 3, 3);
    private static final int DAYS = 21;
    private static final int TICKETS_PER_DAY = 120;
    private static final long SEED = 4;

    @RegisterExtension
    static final MiniClusterExtension FLINK = new MiniClusterExtension(
            new MiniClusterResourceConfiguration.Builder().setNumberTaskManagers(1).setNumberSlotsPerTaskManager(1).build());

    @TempDir
    Path tmp;

    @Test
    void before() throws Exception {
        run("before");
    }

    @Test
    void after() throws Exception {
        run("after");
    }

    private void run(String scenario) throws Exception {
        long t0 = System.nanoTime();
        GeneratorSettings gs = GeneratorSettings.of(1, START, DAYS, TICKETS_PER_DAY, SEED, Scenarios.load(scenario));
        String tenant = gs.tenantIds().getFirst();
        DataGenerator generator = new DataGenerator(gs);
        List<TicketTruth> truths = new ArrayList<>();
        int[] bad = new int[2];
        Iterator<GeneratedRecord> it = generator.records(new GenerationListener() {
            @Override
            public void ticket(TicketTruth truth) {
                truths.add(truth);
            }

            @Override
            public void record(long seq, GeneratedRecord record, RecordNote note) {
                if (note.bad() != null) {
                    bad[note.bad().rejection() == null ? 1 : 0]++;
                }
            }
        });
        Map<String, Long> offsets = new HashMap<>();
        List<SourceRecord> records = new ArrayList<>();
        while (it.hasNext()) {
            GeneratedRecord r = it.next();
            long offset = offsets.merge(r.topic(), 1L, Long::sum) - 1;
            records.add(new SourceRecord(r.topic(), 0, offset, r.publishAt().toEpochMilli(), r.value()));
        }
        long t1 = System.nanoTime();
        try (Warehouse warehouse = TestWarehouses.open()) {
            PipelineSettings settings = PipelineSettings
                    .defaults("unused:9092", TestWarehouses.config(warehouse.database()), tmp.resolve(scenario))
                    .withCheckpointInterval(Duration.ofSeconds(30))
                    .withIndicators(IndicatorSettings.defaults().withRefresh(Duration.ofMinutes(1), Duration.ofDays(1)));
            JobRuns.runToEnd(settings, BoundedRecords.of(records), 1);
            long t2 = System.nanoTime();
            LOG.info("{}: {} tickets, {} records ({} rejected, {} redelivered) generated in {} ms, streamed in {} ms",
                    scenario, truths.size(), records.size(), bad[0], bad[1], (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
            Map<String, double[]> cohort = new LinkedHashMap<>();
            for (Map<String, Object> row : warehouse.query("SELECT indicator, sum(numerator) AS n, sum(denominator) AS d"
                    + " FROM health_indicators FINAL WHERE tenant_id = ? AND region = 'ALL' AND engineer_id = ''"
                    + " GROUP BY indicator ORDER BY indicator", tenant)) {
                cohort.put((String) row.get("indicator"), new double[] {((Number) row.get("n")).doubleValue(),
                        ((Number) row.get("d")).doubleValue()});
            }
            cohort.forEach((k, v) -> LOG.info("{} {}: {} / {} = {}", scenario, k, v[0], v[1], v[0] / v[1]));
            LOG.info("{} dead letters: {}", scenario, warehouse.query("SELECT reason, count() AS n FROM dead_letters FINAL GROUP BY reason"));
            LOG.info("{} late: {}", scenario, warehouse.query("SELECT outcome, count() AS n FROM late_events FINAL GROUP BY outcome"));
            double n = truths.size();
            LOG.info("{} truth: late {} compliant {} overdue {} bounced {} complaint {} coord {} closure {} breakpoint {}",
                    scenario,
                    truths.stream().filter(TicketTruth::firstResponseLate).count() / n,
                    truths.stream().filter(TicketTruth::firstResponseCompliant).count() / n,
                    truths.stream().filter(TicketTruth::overdue).count() / n,
                    truths.stream().filter(TicketTruth::bounced).count() / n,
                    truths.stream().filter(TicketTruth::complaint).count() / n,
                    truths.stream().mapToDouble(TicketTruth::coordinationHours).sum() / n,
                    truths.stream().mapToDouble(TicketTruth::closureHours).sum() / n / 24,
                    truths.stream().filter(TicketTruth::breakpoint).count() / n);
        }
        assertTrue(true);
    }
}
