package io.ticketradar.warehouse.tables;

/** The table {@code tenant_policies} and its columns, as the DDL in {@code db/migration} creates them. */
public final class TenantPolicies {

    public static final String TABLE = "tenant_policies";

    public static final String TENANT_ID = "tenant_id";
    public static final String VERSION = "version";
    public static final String POLICY = "policy";
    public static final String EFFECTIVE_FROM = "effective_from";
    public static final String ADOPTED_AT = "adopted_at";
    public static final String ADOPTED_BY = "adopted_by";

    private TenantPolicies() {}
}
