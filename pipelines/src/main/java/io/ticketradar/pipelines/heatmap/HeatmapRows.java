package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;

/** Maps a heatmap cell to its {@code heatmap_cells} row, versioned, so the newest write wins. */
public final class HeatmapRows implements WarehouseRowMapper<HeatmapCell> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "heatmap_cells";

    @Override
    public String toJsonRow(HeatmapCell c) {
        return WarehouseJson.object()
                .put("tenant_id", c.tenantId())
                .put("window", c.window().code())
                .put("day", c.day().toString())
                .put("x_kind", c.cell().xKind().code())
                .put("x", c.cell().x())
                .put("y_kind", c.cell().yKind().code())
                .put("y", c.cell().y())
                .put("tickets", c.counts().tickets())
                .put("overdue", c.counts().overdue())
                .put("breakpoints", c.counts().breakpoints())
                .put("as_of", WarehouseJson.dateTime64(Instant.ofEpochMilli(c.asOf())))
                .put("version", c.version())
                .toString();
    }
}
