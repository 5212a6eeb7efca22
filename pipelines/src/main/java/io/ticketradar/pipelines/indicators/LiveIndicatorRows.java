package io.ticketradar.pipelines.indicators;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;

import java.time.Instant;

/** Maps a rolling 24 h row to {@code health_indicators_live}; the newest computation replaces the older. */
public final class LiveIndicatorRows implements WarehouseRowMapper<LiveIndicatorRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(LiveIndicatorRow row) {
        ObjectNode json = WarehouseJson.object()
                .put(HealthIndicatorsLive.TENANT_ID, row.tenantId())
                .put(HealthIndicatorsLive.REGION, row.region());
        IndicatorRows.figures(json, row.indicator(), row.healthy(), row.figures());
        return json.put(
                        HealthIndicatorsLive.WINDOW_START,
                        WarehouseJson.dateTime64(Instant.ofEpochMilli(row.windowStart())))
                .put(HealthIndicatorsLive.COMPUTED_AT, WarehouseJson.dateTime64(Instant.ofEpochMilli(row.computedAt())))
                .toString();
    }
}
