package io.ticketradar.pipelines.heatmap;

import io.ticketradar.events.Priority;
import io.ticketradar.events.TechnicalDomain;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import io.ticketradar.pipelines.testing.MiniClusters;
import io.ticketradar.pipelines.testing.TicketStory;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.HeatmapCells;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static io.ticketradar.pipelines.testing.TicketStory.hours;
import static io.ticketradar.pipelines.testing.TicketStory.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The heatmap job in a Flink MiniCluster, from fact changes as the lifecycle job emits them into the embedded
 * warehouse: a ticket diagnosed (its undiagnosed cell retracted), then past 4 h in a stage, then past its SLA;
 * another tenant's ticket on the same cell.
 */
@Tag("stack")
class HeatmapJobIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(2);

    @TempDir
    static Path tmp;

    private static Warehouse warehouse;

    @BeforeAll
    static void openWarehouse() {
        warehouse = TestWarehouses.open();
    }

    @AfterAll
    static void closeWarehouse() {
        if (warehouse != null) {
            warehouse.close();
        }
    }

    @Test
    void factChangesBecomeCellsPerDayAndPerSevenDaysWithRetractions() throws Exception {
        TicketStory t1 = TicketStory.created(
                        "tenant-a", "T1", "2026-01-05T09:00:00+08:00", "华东", "DEV-1", null, Priority.P1)
                .diagnosed(hours(2), "F-OBC-01", TechnicalDomain.HV);
        TicketStory t2 = TicketStory.created(
                "tenant-a", "T2", "2026-01-07T14:00:00+08:00", "华南", "DEV-2", "F-CAN-02", Priority.P3);
        TicketStory other = TicketStory.created(
                "tenant-b", "T1", "2026-01-05T10:00:00+08:00", "华东", "DEV-9", "F-OBC-01", Priority.P3);
        List<FactChange> changes = new ArrayList<>();
        changes.addAll(FactHistory.of(t1, "tenant-a", "T1", minutes(0), hours(2), hours(5), hours(25)));
        changes.addAll(FactHistory.of(t2, "tenant-a", "T2", minutes(0)));
        changes.addAll(FactHistory.of(other, "tenant-b", "T1", minutes(0)));
        changes.sort(Comparator.comparingLong(FactChange::asOf));

        run(changes);

        assertEquals(
                List.of(
                        cell("7d", "2026-01-05", "华东", "F-OBC-01", 1, 1, 1),
                        cell("7d", "2026-01-07", "华东", "F-OBC-01", 1, 1, 1),
                        cell("7d", "2026-01-07", "华南", "F-CAN-02", 1, 0, 0),
                        cell("7d", "2026-01-12", "华南", "F-CAN-02", 1, 0, 0),
                        cell("day", "2026-01-05", "华东", "F-OBC-01", 1, 1, 1),
                        cell("day", "2026-01-07", "华南", "F-CAN-02", 1, 0, 0)),
                warehouse.query("""
                        SELECT window, day, x, y, tickets, overdue, breakpoints FROM heatmap_cells FINAL
                        WHERE tenant_id = 'tenant-a' AND x_kind = 'region' AND y_kind = 'fault'
                          AND day IN ('2026-01-05', '2026-01-07', '2026-01-12') AND tickets > 0
                        ORDER BY window, day, x, y"""),
                "T1 left the undiagnosed row; the 7 days ending on the 12th start after T1's day");
        assertEquals(List.of(Map.of("y", "HV", "tickets", 1L, "overdue", 1L, "breakpoints", 1L)), warehouse.query("""
                SELECT y, tickets, overdue, breakpoints FROM heatmap_cells FINAL
                WHERE tenant_id = 'tenant-a' AND window = 'day' AND day = '2026-01-05' AND x_kind = 'site'
                  AND y_kind = 'domain' AND tickets > 0"""));
        assertEquals(
                List.of(Map.of("tickets", 1L)),
                warehouse.query("""
                SELECT tickets FROM heatmap_cells FINAL WHERE tenant_id = 'tenant-b' AND window = 'day'
                  AND day = '2026-01-05' AND x_kind = 'region' AND y_kind = 'fault' AND x = '华东'"""),
                "the other tenant's ticket on the same cell stays in its own heatmap");
    }

    /** Runs the job over the changes to their end: the final watermark writes every heatmap. */
    private static void run(List<FactChange> changes) throws Exception {
        PipelineSettings settings = PipelineSettings.defaults(
                "127.0.0.1:9", TestWarehouses.config(warehouse.database()), tmp.resolve("checkpoints"));
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        env.setParallelism(2);
        DataStream<FactChange> stream = env.fromData(FactChange.class, changes.toArray(FactChange[]::new))
                .assignTimestampsAndWatermarks(WatermarkStrategy.<FactChange>forMonotonousTimestamps()
                        .withTimestampAssigner((change, previous) -> change.asOf()));
        new HeatmapJob(
                        new WarehouseSink<>(
                                settings.warehouse(), HeatmapCells.TABLE, new HeatmapRows(), settings.sinkBatchSize()),
                        settings.indicators())
                .attach(stream);
        env.execute("heatmap-it");
    }

    private static Map<String, Object> cell(
            String window, String day, String x, String y, long tickets, long overdue, long breakpoints) {
        return Map.of(
                "window",
                window,
                "day",
                day,
                "x",
                x,
                "y",
                y,
                "tickets",
                tickets,
                "overdue",
                overdue,
                "breakpoints",
                breakpoints);
    }
}
