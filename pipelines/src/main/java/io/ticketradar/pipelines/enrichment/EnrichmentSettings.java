package io.ticketradar.pipelines.enrichment;

import java.io.Serializable;
import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which tenants' new tickets are enriched, and from which sources; a tenant without an entry is not. */
public record EnrichmentSettings(Map<String, TenantEnrichment> tenants) implements Serializable {

    public EnrichmentSettings {
        tenants = Collections.unmodifiableSortedMap(new TreeMap<>(tenants));
    }

    public static EnrichmentSettings none() {
        return new EnrichmentSettings(Map.of());
    }

    public EnrichmentSettings withTenant(String tenant, TenantEnrichment enrichment) {
        Map<String, TenantEnrichment> changed = new TreeMap<>(tenants);
        changed.put(tenant, enrichment);
        return new EnrichmentSettings(changed);
    }

    public boolean any() {
        return tenants.values().stream().anyMatch(t -> !t.sources().isEmpty());
    }

    boolean enriches(String tenant) {
        TenantEnrichment t = tenants.get(tenant);
        return t != null && !t.sources().isEmpty();
    }

    /** Every source name some tenant uses, for the lookup counters. */
    Set<String> sourceNames() {
        Set<String> names = new TreeSet<>();
        tenants.values().forEach(t -> names.addAll(t.sources().keySet()));
        return names;
    }

    /** The longest request limit of any tenant. */
    Duration longestTimeout() {
        return tenants.values().stream()
                .map(TenantEnrichment::timeout)
                .max(Duration::compareTo)
                .orElse(TenantEnrichment.DEFAULT_TIMEOUT);
    }
}
