package io.ticketradar.warehouse.tables;

/**
 * The table {@code health_indicators_live} and its columns, as the DDL in {@code db/migration} creates them: the
 * rolling 24 h figures per tenant, region (or {@link Regions#ALL}) and indicator, with the {@link IndicatorFigures} it
 * shares with {@link HealthIndicators}.
 */
public final class HealthIndicatorsLive extends IndicatorFigures {

    public static final String TABLE = "health_indicators_live";

    public static final String WINDOW_START = "window_start";
    public static final String COMPUTED_AT = "computed_at";

    private HealthIndicatorsLive() {}
}
