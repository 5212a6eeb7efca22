package io.ticketradar.pipelines.enrichment;

import io.ticketradar.pipelines.records.SourcedEvent;

import java.io.Serializable;
import java.util.List;

/** A new ticket with what each of its tenant's sources said about it; enriched or not, it always goes on. */
public record EnrichedTicket(SourcedEvent ticket, List<Enrichment> enrichments) implements Serializable {

    public EnrichedTicket {
        enrichments = List.copyOf(enrichments);
    }
}
