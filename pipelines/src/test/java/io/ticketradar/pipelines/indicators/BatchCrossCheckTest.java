package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.testing.BatchCheck;
import io.ticketradar.pipelines.testing.BoundedRecords;
import io.ticketradar.pipelines.testing.BoundedRun;
import io.ticketradar.pipelines.testing.MiniClusters;
import io.ticketradar.pipelines.testing.SyntheticTickets;
import io.ticketradar.warehouse.Warehouse;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two implementations agree: 100,000 generated tickets replayed through the whole application (ingest,
 * lifecycle, indicators) on the MiniCluster, and the same raw events computed in batch by ClickHouse SQL
 * ({@code batch/indicators.sql}), give the same numerator and denominator for every indicator, day, region
 * and engineer of every tenant.
 */
@Tag("stack")
class BatchCrossCheckTest {

    private static final Logger LOG = LoggerFactory.getLogger(BatchCrossCheckTest.class);
    private static final int TICKETS = 100_000;

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(1);

    @Test
    void streamingAndBatchAgreeOnEveryRow() throws Exception {
        long started = System.nanoTime();
        List<SourceRecord> records = SyntheticTickets.generate(42, TICKETS);
        long generated = System.nanoTime();
        TenantZones zones = TenantZones.defaults();
        for (var zone : SyntheticTickets.ZONES.entrySet()) {
            zones = zones.with(zone.getKey(), zone.getValue());
        }
        // A replay of two months: the rolling 24 h are not what this test compares.
        try (BoundedRun run = BoundedRun.open().forHistoryReplay(zones)) {
            run.runToEnd(BoundedRecords.of(records), 1);
            long streamed = System.nanoTime();
            Warehouse warehouse = run.warehouse();

            List<String> differences = new ArrayList<>();
            int rows = 0;
            for (String tenant : SyntheticTickets.TENANTS) {
                BatchCheck.Outcome outcome = BatchCheck.compare(warehouse, tenant, zones.zoneOf(tenant));
                rows += outcome.rows();
                differences.addAll(outcome.differences());
            }
            long checked = System.nanoTime();
            LOG.info(
                    "{} tickets, {} records: generated in {} ms, streamed in {} ms, {} rows checked in {} ms",
                    TICKETS,
                    records.size(),
                    (generated - started) / 1_000_000,
                    (streamed - generated) / 1_000_000,
                    rows,
                    (checked - streamed) / 1_000_000);
            assertEquals(
                    List.of(),
                    differences.subList(0, Math.min(20, differences.size())),
                    differences.size() + " rows differ");
            assertEquals(
                    (long) TICKETS,
                    warehouse
                            .query("SELECT count() AS n FROM ticket_facts FINAL")
                            .getFirst()
                            .get("n"));
            assertTrue(rows > 10_000, "rows compared: " + rows);
            // The data must exercise every indicator: each has tickets on both sides of its numerator.
            for (Map<String, Object> total : warehouse.query(
                    "SELECT indicator, sum(numerator) AS n, sum(denominator) AS d"
                            + " FROM health_indicators FINAL WHERE region = 'ALL' AND engineer_id = '' GROUP BY indicator")) {
                LOG.info("{}", total);
                double n = ((Number) total.get("n")).doubleValue();
                double d = ((Number) total.get("d")).doubleValue();
                assertTrue(
                        n > 0
                                && (n < d
                                        || ((String) total.get("indicator"))
                                                .matches("backlog.*|closure.*|coordination.*")),
                        "a degenerate indicator: " + total);
            }
        }
    }
}
