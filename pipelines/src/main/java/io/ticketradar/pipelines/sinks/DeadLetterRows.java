package io.ticketradar.pipelines.sinks;

import io.ticketradar.events.DeadLetter;
import io.ticketradar.warehouse.tables.DeadLetters;

/** Mirrors a dead letter into {@code dead_letters}, keyed by its source coordinates. */
public final class DeadLetterRows implements WarehouseRowMapper<DeadLetter> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(DeadLetter d) {
        return WarehouseJson.object()
                .put(DeadLetters.TENANT_ID, d.tenantId() == null ? "" : d.tenantId())
                .put(DeadLetters.SOURCE_TOPIC, d.sourceTopic())
                .put(DeadLetters.SOURCE_PARTITION, d.sourcePartition())
                .put(DeadLetters.SOURCE_OFFSET, d.sourceOffset())
                .put(DeadLetters.REASON, d.reason().name())
                .put(DeadLetters.DETAIL, d.detail())
                .put(DeadLetters.EVENT_ID, d.eventId() == null ? "" : d.eventId())
                .put(DeadLetters.TICKET_ID, d.ticketId() == null ? "" : d.ticketId())
                .put(DeadLetters.PAYLOAD, d.payload())
                .put(DeadLetters.REJECTED_AT, WarehouseJson.dateTime64(d.rejectedAt()))
                .toString();
    }
}
