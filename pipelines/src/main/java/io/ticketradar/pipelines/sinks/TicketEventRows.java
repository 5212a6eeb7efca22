package io.ticketradar.pipelines.sinks;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Event;
import io.ticketradar.pipelines.records.SourcedEvent;

import java.time.Instant;

/** Maps a validated event to its row in {@code ticket_events}, the raw store behind every drill-down. */
public final class TicketEventRows implements WarehouseRowMapper<SourcedEvent> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "ticket_events";

    @Override
    public String toJsonRow(SourcedEvent sourced) {
        Event e = sourced.event();
        ObjectNode row = WarehouseJson.object()
                .put("tenant_id", e.tenantId())
                .put("event_id", e.eventId())
                .put("event_type", e.type().name())
                .put("ticket_id", e.ticketId() == null ? "" : e.ticketId())
                .put("device_sn", e.deviceSn() == null ? "" : e.deviceSn())
                .put("ts", WarehouseJson.dateTime64(e.ts()))
                .put("schema_version", e.schemaVersion())
                .put("payload", e.json())
                .put("source_topic", sourced.sourceTopic())
                .put("source_partition", sourced.sourcePartition())
                .put("source_offset", sourced.sourceOffset())
                .put("ingested_at", WarehouseJson.dateTime64(Instant.now()));
        return row.toString();
    }
}
