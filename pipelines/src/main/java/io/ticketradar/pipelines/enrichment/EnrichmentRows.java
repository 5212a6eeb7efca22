package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;

/** Maps a lookup to its row in {@code ticket_enrichments}; the newest lookup of a ticket in a source wins. */
public final class EnrichmentRows implements WarehouseRowMapper<Enrichment> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "ticket_enrichments";

    @Override
    public String toJsonRow(Enrichment e) {
        Answer a = e.answer();
        ObjectNode row = WarehouseJson.object()
                .put("tenant_id", e.tenantId())
                .put("ticket_id", e.ticketId())
                .put("source", e.source())
                .put("event_id", e.eventId())
                .put("outcome", a.outcome().name())
                .put("http_status", a.httpStatus())
                .put("attempts", a.attempts())
                .put("fetched_at", WarehouseJson.dateTime64(Instant.ofEpochMilli(e.fetchedAt())))
                .put("version", e.fetchedAt());
        ObjectNode fields = row.putObject("fields");
        a.fields().forEach(fields::put);
        return row.toString();
    }
}
