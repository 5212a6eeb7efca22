package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonInclude;

import java.util.List;
import java.util.Map;

/**
 * One indicator's figures as {@code health_indicators} and {@code health_indicators_live} store them; the
 * pipelines' Indicator enum decided unit, threshold and what the indicator needs of a source, and wrote them into
 * each row.
 *
 * @param value            null when the denominator is 0, or when there is no data
 * @param healthyWhen      ">=" or "<=", null when the spec gives no threshold
 * @param healthyThreshold null when the spec gives no threshold
 * @param met              whether the value is healthy; null without a threshold or a value
 * @param noDataReason     why there is no data: the tenant's history never recorded an event type the indicator
 *                         reads; absent otherwise
 * @param missingEvents    those event types, for a screen to say the reason in its language; absent when none
 * @param note             why the value does not mean what it says (its premise does not hold); absent otherwise
 */
record IndicatorView(
        Double value,
        double numerator,
        double denominator,
        String unit,
        String healthyWhen,
        Double healthyThreshold,
        Boolean met,
        @JsonInclude(JsonInclude.Include.NON_NULL) String noDataReason,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> missingEvents,
        @JsonInclude(JsonInclude.Include.NON_NULL) String note) {

    /** The columns {@link #of} and {@link #judged} read, besides {@code indicator}. */
    static final String COLUMNS = "indicator, numerator, denominator, value, unit, healthy_when, healthy_threshold,"
            + " met, needs_events, needs_stages";

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
        return new IndicatorView(
                value, numerator, denominator, unit, healthyWhen, healthyThreshold, met, null, null, null);
    }

    /** The row's figures as they are. */
    static IndicatorView of(Map<String, Object> row) {
        return judged(row, null, List.of(), null);
    }

    /** The row's figures against what the tenant's history has: no data where it lacks an input, or a note. */
    @SuppressWarnings("unchecked")
    static IndicatorView judged(Map<String, Object> row, SourceCoverage source) {
        List<String> needs = (List<String>) row.get("needs_events");
        List<String> missing = source.missing(needs);
        return judged(
                row,
                source.noDataReason(needs),
                missing,
                source.stagesNote(Boolean.TRUE.equals(row.get("needs_stages"))));
    }

    private static IndicatorView judged(
            Map<String, Object> row, String noDataReason, List<String> missing, String note) {
        String when = (String) row.get("healthy_when");
        boolean noData = noDataReason != null;
        return new IndicatorView(
                noData ? null : WarehouseValues.decimal(row.get("value")),
                WarehouseValues.decimal(row.get("numerator")),
                WarehouseValues.decimal(row.get("denominator")),
                (String) row.get("unit"),
                when.isEmpty() ? null : when,
                WarehouseValues.decimal(row.get("healthy_threshold")),
                noData ? null : (Boolean) row.get("met"),
                noDataReason,
                missing.isEmpty() ? null : missing,
                note);
    }
}
