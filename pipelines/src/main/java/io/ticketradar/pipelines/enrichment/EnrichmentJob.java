package io.ticketradar.pipelines.enrichment;

import io.ticketradar.events.EventType;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.AsyncDataStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Enrichment over HTTP (issue 9): each new ticket ({@code TICKET_CREATED}) of a tenant with sources is looked up in
 * its CRM and MES without waiting in line (unordered: a slow lookup holds back no other ticket), and each lookup's
 * outcome and fields go to {@code ticket_enrichments}. Every ticket comes out, enriched or not.
 */
public final class EnrichmentJob {

    /** Lookups under way at once per subtask; beyond this the stream waits (back pressure, not loss). */
    static final int IN_FLIGHT = 100;

    /** Flink's own limit on a lookup comes this long after the longest the requests can take. */
    private static final Duration MARGIN = Duration.ofSeconds(5);

    private final Sink<Enrichment> table;
    private final EnrichmentSettings settings;

    public EnrichmentJob(Sink<Enrichment> table, EnrichmentSettings settings) {
        this.table = table;
        this.settings = settings;
    }

    public SingleOutputStreamOperator<EnrichedTicket> attach(DataStream<SourcedEvent> events) {
        EnrichmentSettings tenants = settings;
        DataStream<SourcedEvent> created = events.filter(e -> e.event().type() == EventType.TICKET_CREATED
                        && tenants.enriches(e.event().tenantId()))
                .name("new tickets to enrich")
                .uid("enrichment-new-tickets");
        Duration limit = SourceFetcher.worstCase(settings.longestTimeout()).plus(MARGIN);
        SingleOutputStreamOperator<EnrichedTicket> enriched = AsyncDataStream.unorderedWait(
                        created, new EnrichFunction(settings), limit.toMillis(), TimeUnit.MILLISECONDS, IN_FLIGHT)
                .name("CRM and MES lookups")
                .uid("enrichment-lookups");
        enriched.flatMap(new EachLookup())
                .name("lookups")
                .uid("enrichment-each-lookup")
                .sinkTo(table)
                .name("enrichments to warehouse")
                .uid("enrichment-table");
        return enriched;
    }

    private static final class EachLookup implements FlatMapFunction<EnrichedTicket, Enrichment> {
        private static final long serialVersionUID = 1L;

        @Override
        public void flatMap(EnrichedTicket ticket, Collector<Enrichment> out) {
            ticket.enrichments().forEach(out::collect);
        }
    }
}
