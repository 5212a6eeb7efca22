package io.ticketradar.pipelines.enrichment;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tenant's sources by name ({@code crm}, {@code mes}) and how long one request to any of them may take.
 *
 * @param timeout each request's limit; a lookup makes up to {@link SourceFetcher#ATTEMPTS} requests
 */
public record TenantEnrichment(Duration timeout, Map<String, EnrichmentSource> sources) implements Serializable {

    /** A request's limit unless the tenant sets {@code enrich.timeout-ms}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

    public TenantEnrichment {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the timeout must be positive");
        }
        sources = Collections.unmodifiableSortedMap(new TreeMap<>(sources));
    }
}
