package io.ticketradar.pipelines.indicators;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Each tenant's own healthy thresholds, by indicator; an indicator a tenant does not name keeps the spec's
 * ({@link Indicator#healthy()}). What a morning meeting calls healthy is the tenant's to say: a maker whose contract
 * promises a 4 h first response does not want a gauge red at the spec's 95% within 2 h.
 */
public record HealthyThresholds(Map<String, Map<Indicator, Healthy>> byTenant) implements Serializable {

    public HealthyThresholds {
        Map<String, Map<Indicator, Healthy>> copy = new HashMap<>();
        byTenant.forEach((tenant, own) -> copy.put(tenant, Map.copyOf(own)));
        byTenant = Map.copyOf(copy);
    }

    public static HealthyThresholds defaults() {
        return new HealthyThresholds(Map.of());
    }

    /** The tenant's threshold of the indicator. */
    public Healthy of(String tenantId, Indicator indicator) {
        return byTenant.getOrDefault(tenantId, Map.of()).getOrDefault(indicator, indicator.healthy());
    }

    public HealthyThresholds with(String tenantId, Indicator indicator, Healthy healthy) {
        Map<String, Map<Indicator, Healthy>> changed = new HashMap<>(byTenant);
        Map<Indicator, Healthy> own = new HashMap<>(changed.getOrDefault(tenantId, Map.of()));
        own.put(indicator, healthy);
        changed.put(tenantId, own);
        return new HealthyThresholds(changed);
    }
}
