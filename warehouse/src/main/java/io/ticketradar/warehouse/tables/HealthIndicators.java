package io.ticketradar.warehouse.tables;

/**
 * The table {@code health_indicators} and its columns, as the DDL in {@code db/migration} creates them: one row per
 * tenant, day, region (or {@link Regions#ALL}), indicator and engineer ("" but for per-engineer rows), with the
 * {@link IndicatorFigures} it shares with {@link HealthIndicatorsLive}.
 */
public final class HealthIndicators extends IndicatorFigures {

    public static final String TABLE = "health_indicators";

    public static final String DAY = "day";
    public static final String ENGINEER_ID = "engineer_id";
    public static final String AS_OF = "as_of";
    public static final String VERSION = "version";

    private HealthIndicators() {}
}
