package io.ticketradar.warehouse.tables;

/** The table {@code dispatch_rules} and its columns, as the DDL in {@code db/migration} creates them. */
public final class DispatchRules {

    public static final String TABLE = "dispatch_rules";

    public static final String TENANT_ID = "tenant_id";
    public static final String VERSION = "version";
    public static final String RULES = "rules";
    public static final String ADOPTED_AT = "adopted_at";
    public static final String ADOPTED_BY = "adopted_by";

    private DispatchRules() {}
}
