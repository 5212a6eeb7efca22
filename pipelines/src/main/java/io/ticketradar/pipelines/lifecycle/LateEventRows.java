package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;

/** Maps a late event to its {@code late_events} row, keyed by the event and what became of it. */
public final class LateEventRows implements WarehouseRowMapper<LateEvent> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "late_events";

    @Override
    public String toJsonRow(LateEvent e) {
        return WarehouseJson.object()
                .put("tenant_id", e.tenantId())
                .put("ticket_id", e.ticketId())
                .put("event_id", e.eventId())
                .put("event_type", e.type().name())
                .put("event_ts", WarehouseJson.dateTime64(Instant.ofEpochMilli(e.eventTs())))
                .put("watermark", WarehouseJson.dateTime64(Instant.ofEpochMilli(e.watermark())))
                .put("outcome", e.outcome().name())
                .toString();
    }
}
