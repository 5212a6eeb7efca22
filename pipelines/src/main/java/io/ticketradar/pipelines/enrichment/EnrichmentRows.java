package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.TicketEnrichments;

import java.time.Instant;

/** Maps a lookup to its row in {@code ticket_enrichments}; the newest lookup of a ticket in a source wins. */
public final class EnrichmentRows implements WarehouseRowMapper<Enrichment> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(Enrichment e) {
        Answer a = e.answer();
        ObjectNode row = WarehouseJson.object()
                .put(TicketEnrichments.TENANT_ID, e.tenantId())
                .put(TicketEnrichments.TICKET_ID, e.ticketId())
                .put(TicketEnrichments.SOURCE, e.source())
                .put(TicketEnrichments.EVENT_ID, e.eventId())
                .put(TicketEnrichments.OUTCOME, a.outcome().name())
                .put(TicketEnrichments.HTTP_STATUS, a.httpStatus())
                .put(TicketEnrichments.ATTEMPTS, a.attempts())
                .put(TicketEnrichments.FETCHED_AT, WarehouseJson.dateTime64(Instant.ofEpochMilli(e.fetchedAt())))
                .put(TicketEnrichments.VERSION, e.fetchedAt());
        ObjectNode fields = row.putObject(TicketEnrichments.FIELDS);
        a.fields().forEach(fields::put);
        return row.toString();
    }
}
