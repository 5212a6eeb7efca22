package io.ticketradar.pipelines.indicators;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

import java.time.Instant;

/** Maps an indicator row to {@code health_indicators}, with the indicator's unit and the threshold it was judged by. */
public final class IndicatorRows implements WarehouseRowMapper<IndicatorRow> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "health_indicators";

    @Override
    public String toJsonRow(IndicatorRow row) {
        ObjectNode json = WarehouseJson.object()
                .put("tenant_id", row.tenantId())
                .put("day", row.day().toString())
                .put("region", row.region())
                .put("engineer_id", row.engineerId());
        figures(json, row.indicator(), row.healthy(), row.figures());
        return json.put("as_of", WarehouseJson.dateTime64(Instant.ofEpochMilli(row.asOf())))
                .put("version", row.version())
                .toString();
    }

    /** The columns health_indicators and health_indicators_live share, judged by the tenant's threshold. */
    static void figures(ObjectNode json, Indicator indicator, Healthy healthy, Figures figures) {
        if (healthy == null) { // JudgeByPolicy stamps every row on its way to the table
            throw new IllegalStateException("an indicator row reached its table without its tenant's threshold");
        }
        json.put("indicator", indicator.code())
                .put("numerator", figures.numerator())
                .put("denominator", figures.denominator())
                .put("value", figures.value())
                .put("unit", indicator.measure().unit())
                .put("healthy_when", healthy.when())
                .put("healthy_threshold", healthy.threshold())
                .put("met", healthy.met(figures.value()));
        SourceNeeds needs = indicator.needs();
        ArrayNode events = json.putArray("needs_events");
        needs.events().forEach(e -> events.add(e.name()));
        json.put("needs_stages", needs.stages());
    }
}
