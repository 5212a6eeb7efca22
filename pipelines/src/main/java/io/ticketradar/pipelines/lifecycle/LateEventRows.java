package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.LateEvents;

import java.time.Instant;

/** Maps a late event to its {@code late_events} row, keyed by the event and what became of it. */
public final class LateEventRows implements WarehouseRowMapper<LateEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(LateEvent e) {
        return WarehouseJson.object()
                .put(LateEvents.TENANT_ID, e.tenantId())
                .put(LateEvents.TICKET_ID, e.ticketId())
                .put(LateEvents.EVENT_ID, e.eventId())
                .put(LateEvents.EVENT_TYPE, e.type().name())
                .put(LateEvents.EVENT_TS, WarehouseJson.dateTime64(Instant.ofEpochMilli(e.eventTs())))
                .put(LateEvents.WATERMARK, WarehouseJson.dateTime64(Instant.ofEpochMilli(e.watermark())))
                .put(LateEvents.OUTCOME, e.outcome().name())
                .toString();
    }
}
