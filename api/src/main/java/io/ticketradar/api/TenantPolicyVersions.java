package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;

import java.util.List;
import java.util.Map;

/** The versions of a tenant's policy adopted so far, oldest first, as {@code tenant_policies} holds them. */
public final class TenantPolicyVersions {

    private static final String ALL = """
            SELECT version, policy, adopted_at, adopted_by FROM tenant_policies FINAL
            WHERE tenant_id = ? ORDER BY version""";

    private TenantPolicyVersions() {}

    public static List<TenantPolicyCheck.Stored> of(Warehouse warehouse, String tenantId) {
        return warehouse.query(ALL, tenantId).stream()
                .map(TenantPolicyVersions::stored)
                .toList();
    }

    private static TenantPolicyCheck.Stored stored(Map<String, Object> row) {
        return new TenantPolicyCheck.Stored(
                (Long) row.get("version"),
                WarehouseValues.instant(row.get("adopted_at")),
                (String) row.get("adopted_by"),
                (String) row.get("policy"));
    }
}
