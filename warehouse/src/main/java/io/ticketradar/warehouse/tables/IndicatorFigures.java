package io.ticketradar.warehouse.tables;

/**
 * The columns {@link HealthIndicators} and {@link HealthIndicatorsLive} share: a tenant's (region's) figures of one
 * indicator, judged by its healthy threshold, and what a source must record for the indicator to measure anything.
 * Both tables' classes extend this one, so each names all of its table's columns.
 */
public abstract class IndicatorFigures {

    public static final String TENANT_ID = "tenant_id";
    public static final String REGION = "region";
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

    IndicatorFigures() {}
}
