package io.ticketradar.pipelines.lifecycle;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/** Each tenant's {@link SlaPolicy}; a tenant without its own has the spec's. */
public record SlaPolicies(Map<String, SlaPolicy> byTenant) implements Serializable {

    public SlaPolicies {
        byTenant = Map.copyOf(byTenant);
    }

    public static SlaPolicies defaults() {
        return new SlaPolicies(Map.of());
    }

    public SlaPolicy of(String tenantId) {
        return byTenant.getOrDefault(tenantId, SlaPolicy.DEFAULT);
    }

    public SlaPolicies with(String tenantId, SlaPolicy policy) {
        Map<String, SlaPolicy> changed = new HashMap<>(byTenant);
        changed.put(tenantId, policy);
        return new SlaPolicies(changed);
    }
}
