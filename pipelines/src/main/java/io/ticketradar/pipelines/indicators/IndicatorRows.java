package io.ticketradar.pipelines.indicators;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.IndicatorFigures;

import java.time.Instant;

/** Maps an indicator row to {@code health_indicators}, with the indicator's unit and the threshold it was judged by. */
public final class IndicatorRows implements WarehouseRowMapper<IndicatorRow> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(IndicatorRow row) {
        ObjectNode json = WarehouseJson.object()
                .put(HealthIndicators.TENANT_ID, row.tenantId())
                .put(HealthIndicators.DAY, row.day().toString())
                .put(HealthIndicators.REGION, row.region())
                .put(HealthIndicators.ENGINEER_ID, row.engineerId());
        figures(json, row.indicator(), row.healthy(), row.figures());
        return json.put(HealthIndicators.AS_OF, WarehouseJson.dateTime64(Instant.ofEpochMilli(row.asOf())))
                .put(HealthIndicators.VERSION, row.version())
                .toString();
    }

    /** The columns health_indicators and health_indicators_live share, judged by the tenant's threshold. */
    static void figures(ObjectNode json, Indicator indicator, Healthy healthy, Figures figures) {
        if (healthy == null) { // JudgeByPolicy stamps every row on its way to the table
            throw new IllegalStateException("an indicator row reached its table without its tenant's threshold");
        }
        json.put(IndicatorFigures.INDICATOR, indicator.code())
                .put(IndicatorFigures.NUMERATOR, figures.numerator())
                .put(IndicatorFigures.DENOMINATOR, figures.denominator())
                .put(IndicatorFigures.VALUE, figures.value())
                .put(IndicatorFigures.UNIT, indicator.measure().unit())
                .put(IndicatorFigures.HEALTHY_WHEN, healthy.when())
                .put(IndicatorFigures.HEALTHY_THRESHOLD, healthy.threshold())
                .put(IndicatorFigures.MET, healthy.met(figures.value()));
        SourceNeeds needs = indicator.needs();
        ArrayNode events = json.putArray(IndicatorFigures.NEEDS_EVENTS);
        needs.events().forEach(e -> events.add(e.name()));
        json.put(IndicatorFigures.NEEDS_STAGES, needs.stages());
    }
}
