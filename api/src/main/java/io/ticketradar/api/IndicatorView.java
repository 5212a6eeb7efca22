package io.ticketradar.api;

import java.util.Map;

/**
 * One indicator's figures as {@code health_indicators} and {@code health_indicators_live} store them; the
 * pipelines' Indicator enum decided unit and threshold and wrote them into each row.
 *
 * @param value            null when the denominator is 0
 * @param healthyWhen      ">=" or "<=", null when the spec gives no threshold
 * @param healthyThreshold null when the spec gives no threshold
 * @param met              whether the value is healthy; null without a threshold or a value
 */
record IndicatorView(
        Double value,
        double numerator,
        double denominator,
        String unit,
        String healthyWhen,
        Double healthyThreshold,
        Boolean met) {

    /** The columns {@link #of} reads, besides {@code indicator}. */
    static final String COLUMNS =
            "indicator, numerator, denominator, value, unit, healthy_when, healthy_threshold, met";

    /** Figures combined from several rows: {@code met} follows from the value and the threshold. */
    static IndicatorView combined(
            double numerator,
            double denominator,
            Double value,
            String unit,
            String healthyWhen,
            Double healthyThreshold) {
        Boolean met = healthyThreshold == null || value == null || healthyWhen == null
                ? null
                : ">=".equals(healthyWhen) ? value >= healthyThreshold : value <= healthyThreshold;
        return new IndicatorView(value, numerator, denominator, unit, healthyWhen, healthyThreshold, met);
    }

    static IndicatorView of(Map<String, Object> row) {
        String when = (String) row.get("healthy_when");
        return new IndicatorView(
                WarehouseValues.decimal(row.get("value")),
                WarehouseValues.decimal(row.get("numerator")),
                WarehouseValues.decimal(row.get("denominator")),
                (String) row.get("unit"),
                when.isEmpty() ? null : when,
                WarehouseValues.decimal(row.get("healthy_threshold")),
                (Boolean) row.get("met"));
    }
}
