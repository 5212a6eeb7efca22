package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.lifecycle.FactChange;
import org.apache.flink.api.connector.sink2.Sink;
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

    private final Sink<HeatmapCell> cellsTable;
    private final IndicatorSettings settings;

    /** @param settings days and horizon: the indicators' */
    public HeatmapJob(Sink<HeatmapCell> cellsTable, IndicatorSettings settings) {
        this.cellsTable = cellsTable;
        this.settings = settings;
    }

    /** Wires the heatmap behind the lifecycle job's changelog. */
    public void attach(DataStream<FactChange> changes) {
        changes.flatMap(new CellDeltas())
                .name("heatmap cell changes")
                .uid("heatmap-cell-deltas")
                .keyBy(HeatmapFunction::key)
                .process(new HeatmapFunction(settings))
                .name("heatmap cells")
                .uid("heatmap-cells")
                .sinkTo(cellsTable)
                .name("heatmap cells to warehouse")
                .uid("heatmap-table");
    }
}
