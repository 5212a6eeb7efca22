package io.ticketradar.pipelines.alerts;

import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

/** Maps an alert to its row in {@code alerts}, keyed by tenant and alert id. */
public final class AlertRows implements WarehouseRowMapper<Alert> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "alerts";

    @Override
    public String toJsonRow(Alert alert) {
        return WarehouseJson.object()
                .put("tenant_id", alert.tenantId())
                .put("alert_id", alert.alertId())
                .put("kind", alert.kind().name())
                .put("raised_at", WarehouseJson.dateTime64(alert.raisedAt()))
                .put("day", alert.day().toString())
                .put("title", alert.title())
                .put("detail", alert.detail())
                .put("payload", alert.payload())
                .toString();
    }
}
