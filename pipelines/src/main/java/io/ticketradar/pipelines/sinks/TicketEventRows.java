package io.ticketradar.pipelines.sinks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Event;
import io.ticketradar.pipelines.records.SourcedEvent;
import io.ticketradar.warehouse.tables.TicketEvents;

import java.time.Instant;

/** Maps a validated event to its row in {@code ticket_events}, the raw store behind every drill-down. */
public final class TicketEventRows implements WarehouseRowMapper<SourcedEvent> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(SourcedEvent sourced) {
        Event e = sourced.event();
        ObjectNode row = WarehouseJson.object()
                .put(TicketEvents.TENANT_ID, e.tenantId())
                .put(TicketEvents.EVENT_ID, e.eventId())
                .put(TicketEvents.EVENT_TYPE, e.type().name())
                .put(TicketEvents.TICKET_ID, e.ticketId() == null ? "" : e.ticketId())
                .put(TicketEvents.DEVICE_SN, e.deviceSn() == null ? "" : e.deviceSn())
                .put(TicketEvents.TS, WarehouseJson.dateTime64(e.ts()))
                .put(TicketEvents.SCHEMA_VERSION, e.schemaVersion())
                .put(TicketEvents.PAYLOAD, e.json())
                .put(TicketEvents.SOURCE_TOPIC, sourced.sourceTopic())
                .put(TicketEvents.SOURCE_PARTITION, sourced.sourcePartition())
                .put(TicketEvents.SOURCE_OFFSET, sourced.sourceOffset())
                .put(TicketEvents.INGESTED_AT, WarehouseJson.dateTime64(Instant.now()));
        return row.toString();
    }
}
