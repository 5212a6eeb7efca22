package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.HeatmapCells;

import java.time.Instant;

/** Maps a heatmap cell to its {@code heatmap_cells} row, versioned, so the newest write wins. */
public final class HeatmapRows implements WarehouseRowMapper<HeatmapCell> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(HeatmapCell c) {
        return WarehouseJson.object()
                .put(HeatmapCells.TENANT_ID, c.tenantId())
                .put(HeatmapCells.WINDOW, c.window().code())
                .put(HeatmapCells.DAY, c.day().toString())
                .put(HeatmapCells.X_KIND, c.cell().xKind().code())
                .put(HeatmapCells.X, c.cell().x())
                .put(HeatmapCells.Y_KIND, c.cell().yKind().code())
                .put(HeatmapCells.Y, c.cell().y())
                .put(HeatmapCells.TICKETS, c.counts().tickets())
                .put(HeatmapCells.OVERDUE, c.counts().overdue())
                .put(HeatmapCells.BREAKPOINTS, c.counts().breakpoints())
                .put(HeatmapCells.AS_OF, WarehouseJson.dateTime64(Instant.ofEpochMilli(c.asOf())))
                .put(HeatmapCells.VERSION, c.version())
                .toString();
    }
}
