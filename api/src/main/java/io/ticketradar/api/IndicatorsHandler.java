package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.Regions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/indicators?from=YYYY-MM-DD&to=YYYY-MM-DD[&region=...][&format=csv|xlsx]}: the caller's daily health
 * indicators (DOMAIN.md §4), one object per calendar day of the tenant from {@code from} to {@code to}
 * inclusive, days without rows included (empty), so a chart gets every day of its axis. {@code region}
 * defaults to {@value Regions#ALL}, the tenant overall. First-time-fix rate per engineer exists only overall
 * and comes under {@code engineers}. An indicator whose input events the tenant's history never recorded has no value
 * and says why ({@code no_data_reason}); one whose premise the history does not meet carries a {@code note}.
 */
final class IndicatorsHandler implements Handler {

    /** The region of the rows over all of a tenant's regions. */

    // FINAL: corrections re-write a row with a higher version, kept beside the old one until a merge.
    private static final String QUERY = """
            SELECT day, engineer_id, max(as_of) OVER (PARTITION BY day) AS day_as_of, %s FROM %s FINAL
            WHERE tenant_id = ? AND region = ? AND day >= ? AND day <= ?
            ORDER BY day, indicator, engineer_id""".formatted(IndicatorView.COLUMNS, HealthIndicators.TABLE);

    private final Warehouse warehouse;
    private final SourceCoverages coverages;

    IndicatorsHandler(Warehouse warehouse, SourceCoverages coverages) {
        this.warehouse = warehouse;
        this.coverages = coverages;
    }

    record EngineerView(String engineerId, @JsonUnwrapped IndicatorView figures) {}

    /**
     * @param asOf        the newest event time the day's rows were computed at, null for a day without rows
     * @param indicators  by indicator code
     * @param engineers   per-engineer rows by indicator code, engineers in id order
     */
    record DayView(
            String day,
            String asOf,
            Map<String, IndicatorView> indicators,
            Map<String, List<EngineerView>> engineers) {}

    record Indicators(String region, String from, String to, List<DayView> days) {}

    @Override
    public void handle(Context ctx) {
        DateRange range = DateRange.of(ctx);
        String region = QueryParams.text(ctx, "region", Regions.ALL);
        send(ctx, BearerAuth.tenant(ctx), region, range, ExportFormat.of(ctx));
    }

    /** Answers with the tenant's indicators in the format asked for. */
    void send(Context ctx, String tenant, String region, DateRange range, ExportFormat format) {
        Indicators indicators = read(tenant, region, range);
        Responses.send(ctx, format, indicators, () -> table(indicators));
    }

    Indicators read(String tenant, String region, DateRange range) {
        SourceCoverage source = coverages.of(tenant);
        Map<String, DayView> withRows = new HashMap<>();
        for (Map<String, Object> row : warehouse.query(QUERY, tenant, region, range.from(), range.to())) {
            DayView day = withRows.computeIfAbsent(
                    (String) row.get("day"),
                    d -> new DayView(
                            d,
                            WarehouseValues.utcInstant(row.get("day_as_of")),
                            new LinkedHashMap<>(),
                            new LinkedHashMap<>()));
            String code = (String) row.get("indicator");
            String engineer = (String) row.get("engineer_id");
            if (engineer.isEmpty()) {
                day.indicators().put(code, IndicatorView.judged(row, source));
            } else {
                day.engineers()
                        .computeIfAbsent(code, c -> new ArrayList<>())
                        .add(new EngineerView(engineer, IndicatorView.judged(row, source)));
            }
        }
        List<DayView> days = range.days().stream()
                .map(d -> withRows.getOrDefault(d.toString(), new DayView(d.toString(), null, Map.of(), Map.of())))
                .toList();
        return new Indicators(region, range.from().toString(), range.to().toString(), days);
    }

    /** One row per day, indicator and engineer (overall rows have no engineer), as the JSON holds them. */
    private static Table table(Indicators indicators) {
        Table table = Table.of(
                "indicators-" + indicators.region() + "-" + indicators.from() + "-" + indicators.to(),
                "day",
                "region",
                "indicator",
                "engineer_id",
                "value",
                "numerator",
                "denominator",
                "unit",
                "healthy_when",
                "healthy_threshold",
                "met",
                "as_of");
        for (DayView day : indicators.days()) {
            day.indicators().forEach((code, f) -> row(table, day, indicators.region(), code, null, f));
            day.engineers()
                    .forEach((code, engineers) -> engineers.forEach(
                            e -> row(table, day, indicators.region(), code, e.engineerId(), e.figures())));
        }
        return table;
    }

    private static void row(Table table, DayView day, String region, String code, String engineer, IndicatorView f) {
        table.add(
                day.day(),
                region,
                code,
                engineer,
                f.value(),
                f.numerator(),
                f.denominator(),
                f.unit(),
                f.healthyWhen(),
                f.healthyThreshold(),
                f.met(),
                day.asOf());
    }
}
