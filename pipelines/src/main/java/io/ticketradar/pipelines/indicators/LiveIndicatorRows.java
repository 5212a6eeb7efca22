package io.ticketradar.pipelines.indicators;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;

/** Maps a rolling 24 h row to {@code health_indicators_live}; the newest computation replaces the older. */
public final class LiveIndicatorRows implements WarehouseRowMapper<LiveIndicatorRow> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "health_indicators_live";

    @Override
    public String toJsonRow(LiveIndicatorRow row) {
        ObjectNode json =
                WarehouseJson.object().put("tenant_id", row.tenantId()).put("region", row.region());
        IndicatorRows.figures(json, row.indicator(), row.healthy(), row.figures());
        return json.put("window_start", WarehouseJson.dateTime64(Instant.ofEpochMilli(row.windowStart())))
                .put("computed_at", WarehouseJson.dateTime64(Instant.ofEpochMilli(row.computedAt())))
                .toString();
    }
}
