package io.ticketradar.pipelines.sinks;

import io.ticketradar.events.DeadLetter;

/** Mirrors a dead letter into {@code dead_letters}, keyed by its source coordinates. */
public final class DeadLetterRows implements WarehouseRowMapper<DeadLetter> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "dead_letters";

    @Override
    public String toJsonRow(DeadLetter d) {
        return WarehouseJson.object()
                .put("tenant_id", d.tenantId() == null ? "" : d.tenantId())
                .put("source_topic", d.sourceTopic())
                .put("source_partition", d.sourcePartition())
                .put("source_offset", d.sourceOffset())
                .put("reason", d.reason().name())
                .put("detail", d.detail())
                .put("event_id", d.eventId() == null ? "" : d.eventId())
                .put("ticket_id", d.ticketId() == null ? "" : d.ticketId())
                .put("payload", d.payload())
                .put("rejected_at", WarehouseJson.dateTime64(d.rejectedAt()))
                .toString();
    }
}
