package io.ticketradar.pipelines.duplicates;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Each tenant's duplicate policy (suggest or merge).
 *
 * @param byTenant the tenants that do not use the default
 */
public record DuplicateSettings(MergePolicy defaultPolicy, Map<String, MergePolicy> byTenant) implements Serializable {

    public DuplicateSettings {
        Objects.requireNonNull(defaultPolicy, "defaultPolicy");
        byTenant = Map.copyOf(byTenant);
    }

    /** Every tenant gets suggestions. */
    public static DuplicateSettings defaults() {
        return new DuplicateSettings(MergePolicy.SUGGEST, Map.of());
    }

    public DuplicateSettings withTenant(String tenantId, MergePolicy policy) {
        Map<String, MergePolicy> all = new HashMap<>(byTenant);
        all.put(tenantId, policy);
        return new DuplicateSettings(defaultPolicy, all);
    }

    public MergePolicy policyOf(String tenantId) {
        return byTenant.getOrDefault(tenantId, defaultPolicy);
    }
}
