package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TenantPolicies;

import java.util.List;
import java.util.Map;

/** The versions of a tenant's policy adopted so far, oldest first, as {@code tenant_policies} holds them. */
public final class TenantPolicyVersions {

    private static final String ALL = """
            SELECT version, policy, adopted_at, adopted_by FROM %s FINAL
            WHERE tenant_id = ? ORDER BY version""".formatted(TenantPolicies.TABLE);

    private TenantPolicyVersions() {}

    public static List<TenantPolicyCheck.Stored> of(Warehouse warehouse, String tenantId) {
        return warehouse.query(ALL, tenantId).stream()
                .map(TenantPolicyVersions::stored)
                .toList();
    }

    private static TenantPolicyCheck.Stored stored(Map<String, Object> row) {
        return new TenantPolicyCheck.Stored(
                (Long) row.get(TenantPolicies.VERSION),
                WarehouseValues.instant(row.get(TenantPolicies.ADOPTED_AT)),
                (String) row.get(TenantPolicies.ADOPTED_BY),
                (String) row.get(TenantPolicies.POLICY));
    }
}
