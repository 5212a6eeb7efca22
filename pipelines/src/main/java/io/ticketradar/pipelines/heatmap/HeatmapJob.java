package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import org.apache.flink.streaming.api.datastream.DataStream;

/**
 * The heatmap job (DOMAIN.md §5): ticket fact changes -> cells of region (or site) by fault code (or technical
 * domain) holding tickets, overdue tickets and breakpoints, per tenant, per calendar day and per 7 days ending
 * on a day, into {@code heatmap_cells}.
 *
 * <pre>
 * fact changes -> cell changes (old share out, new share in; to the day and the 7 windows holding it)
 *              -> by (tenant, window, day) -> changed cells once per refresh -> heatmap_cells
 * </pre>
 */
public final class HeatmapJob {

    private HeatmapJob() {}

    /** Wires the heatmap behind the lifecycle job's changelog; days and horizon are the indicators'. */
    public static void attach(DataStream<FactChange> changes, PipelineSettings settings) {
        changes.flatMap(new CellDeltas())
                .name("heatmap cell changes")
                .uid("heatmap-cell-deltas")
                .keyBy(HeatmapFunction::key)
                .process(new HeatmapFunction(settings.indicators()))
                .name("heatmap cells")
                .uid("heatmap-cells")
                .sinkTo(new WarehouseSink<>(
                        settings.warehouse(), HeatmapRows.TABLE, new HeatmapRows(), settings.sinkBatchSize()))
                .name("heatmap cells to warehouse")
                .uid("heatmap-table");
    }
}
