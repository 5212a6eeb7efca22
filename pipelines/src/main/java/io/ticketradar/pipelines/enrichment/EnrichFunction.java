package io.ticketradar.pipelines.enrichment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.events.Event;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.ThreadSafeSimpleCounter;
import org.apache.flink.streaming.api.functions.async.ResultFuture;
import org.apache.flink.streaming.api.functions.async.RichAsyncFunction;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * Looks a new ticket up in each of its tenant's sources at once and passes it on with what they said. A source that
 * is slow or failing costs the ticket its fields from that source, never its place in the stream: every lookup ends
 * as an {@link Answer}, counted by source and outcome ({@code enrichments}).
 */
final class EnrichFunction extends RichAsyncFunction<SourcedEvent, EnrichedTicket> {

    private static final long serialVersionUID = 1L;

    /** How long an answer is reused for the same URL: a customer's tier does not change by the minute. */
    static final Duration CACHE_TTL = Duration.ofMinutes(10);

    static final int CACHE_ENTRIES = 10_000;

    private final EnrichmentSettings settings;

    private transient SourceFetcher fetcher;
    private transient ResponseCache<CacheKey, Answer> cache;
    private transient ObjectMapper json;
    private transient Map<String, Map<EnrichmentOutcome, Counter>> counters;

    /** Answers are per tenant too: two tenants may share a source URL but not what their secrets allow. */
    private record CacheKey(String tenant, String source, URI url) {}

    EnrichFunction(EnrichmentSettings settings) {
        this.settings = settings;
    }

    @Override
    public void open(OpenContext context) {
        fetcher = new SourceFetcher(settings.longestTimeout());
        cache = new ResponseCache<>(CACHE_ENTRIES, CACHE_TTL, System::nanoTime);
        json = new ObjectMapper();
        counters = new HashMap<>();
        for (String source : settings.sourceNames()) {
            Map<EnrichmentOutcome, Counter> bySource = new EnumMap<>(EnrichmentOutcome.class);
            for (EnrichmentOutcome outcome : EnrichmentOutcome.values()) {
                bySource.put(
                        outcome,
                        getRuntimeContext()
                                .getMetricGroup()
                                .addGroup("source", source)
                                .addGroup("outcome", outcome.name())
                                .counter("enrichments", new ThreadSafeSimpleCounter()));
            }
            counters.put(source, bySource);
        }
    }

    @Override
    public void close() {
        if (fetcher != null) {
            fetcher.close();
        }
    }

    @Override
    public void asyncInvoke(SourcedEvent sourced, ResultFuture<EnrichedTicket> result) throws IOException {
        Event event = sourced.event();
        TenantEnrichment tenant = settings.tenants().get(event.tenantId());
        JsonNode wire = json.readTree(event.json());
        List<String> names = new ArrayList<>(tenant.sources().keySet());
        List<CompletableFuture<Answer>> answers = new ArrayList<>();
        for (String name : names) {
            answers.add(lookup(event.tenantId(), name, tenant.sources().get(name), tenant.timeout(), wire));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).thenRun(() -> {
            long at = System.currentTimeMillis();
            List<Enrichment> enrichments = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                enrichments.add(enrichment(event, names.get(i), answers.get(i).join(), at));
            }
            result.complete(List.of(new EnrichedTicket(sourced, enrichments)));
        });
    }

    /**
     * Flink's own limit, beyond the longest a lookup can take: reached only when something hangs that the request
     * timeouts did not catch, and then the ticket still goes on.
     */
    @Override
    public void timeout(SourcedEvent sourced, ResultFuture<EnrichedTicket> result) {
        Event event = sourced.event();
        long at = System.currentTimeMillis();
        List<Enrichment> enrichments = new ArrayList<>();
        for (String name : settings.tenants().get(event.tenantId()).sources().keySet()) {
            enrichments.add(
                    enrichment(event, name, Answer.without(EnrichmentOutcome.TIMEOUT, 0, SourceFetcher.ATTEMPTS), at));
        }
        result.complete(List.of(new EnrichedTicket(sourced, enrichments)));
    }

    private CompletableFuture<Answer> lookup(
            String tenant, String name, EnrichmentSource source, Duration timeout, JsonNode wire) {
        Optional<URI> url = source.url().expand(wire);
        if (url.isEmpty()) {
            return CompletableFuture.completedFuture(Answer.without(EnrichmentOutcome.NOT_FOUND, 0, 0));
        }
        return cache.get(
                new CacheKey(tenant, name, url.get()),
                () -> fetcher.fetch(name, url.get(), source, timeout),
                Answer::cacheable);
    }

    private Enrichment enrichment(Event event, String source, Answer answer, long at) {
        counters.get(source).get(answer.outcome()).inc();
        return new Enrichment(event.tenantId(), event.ticketId(), event.eventId(), source, answer, at);
    }
}
