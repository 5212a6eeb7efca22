package io.ticketradar.warehouse.tables;

/** The table {@code health_indicators} and its columns, as the DDL in {@code db/migration} creates them. */
public final class HealthIndicators {

    public static final String TABLE = "health_indicators";

    public static final String TENANT_ID = "tenant_id";
    public static final String DAY = "day";
    public static final String REGION = "region";
    public static final String ENGINEER_ID = "engineer_id";
    public static final String INDICATOR = "indicator";
    public static final String NUMERATOR = "numerator";
    public static final String DENOMINATOR = "denominator";
    public static final String VALUE = "value";
    public static final String UNIT = "unit";
    public static final String HEALTHY_WHEN = "healthy_when";
    public static final String HEALTHY_THRESHOLD = "healthy_threshold";
    public static final String MET = "met";
    public static final String NEEDS_EVENTS = "needs_events";
    public static final String NEEDS_STAGES = "needs_stages";
    public static final String AS_OF = "as_of";
    public static final String VERSION = "version";

    private HealthIndicators() {}
}
