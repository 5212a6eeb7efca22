package io.ticketradar.pipelines.alerts;

import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.Alerts;

/** Maps an alert to its row in {@code alerts}, keyed by tenant and alert id. */
public final class AlertRows implements WarehouseRowMapper<Alert> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(Alert alert) {
        return WarehouseJson.object()
                .put(Alerts.TENANT_ID, alert.tenantId())
                .put(Alerts.ALERT_ID, alert.alertId())
                .put(Alerts.KIND, alert.kind().name())
                .put(Alerts.RAISED_AT, WarehouseJson.dateTime64(alert.raisedAt()))
                .put(Alerts.DAY, alert.day().toString())
                .put(Alerts.TITLE, alert.title())
                .put(Alerts.DETAIL, alert.detail())
                .put(Alerts.PAYLOAD, alert.payload())
                .toString();
    }
}
