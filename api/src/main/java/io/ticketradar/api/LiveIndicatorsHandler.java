package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;
import io.ticketradar.warehouse.tables.Regions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/indicators/live[?region=...]}: the caller's rolling 24 h indicators for wall screens, the
 * newest computation of each, and when it was computed (event time). {@code region} defaults to the tenant
 * overall. Before the first computation the answer has no indicators and null instants. No data and notes as in
 * {@link IndicatorsHandler}.
 */
final class LiveIndicatorsHandler implements Handler {

    // FINAL: only the newest computation per (tenant, region, indicator) counts.
    private static final String QUERY = """
            SELECT window_start, computed_at, %s FROM %s FINAL
            WHERE tenant_id = ? AND region = ?
            ORDER BY computed_at DESC, indicator""".formatted(IndicatorView.COLUMNS, HealthIndicatorsLive.TABLE);

    private final Warehouse warehouse;
    private final SourceCoverages coverages;

    LiveIndicatorsHandler(Warehouse warehouse, SourceCoverages coverages) {
        this.warehouse = warehouse;
        this.coverages = coverages;
    }

    /**
     * @param computedAt  the newest computation (UTC instant); each refresh recomputes every indicator
     * @param windowStart where that computation's 24 h began: tickets created (closure cycle: closed) since
     */
    record LiveIndicators(
            String region, String computedAt, String windowStart, Map<String, IndicatorView> indicators) {}

    @Override
    public void handle(Context ctx) {
        String region = QueryParams.text(ctx, "region", Regions.ALL);
        String tenant = BearerAuth.tenant(ctx);
        List<Map<String, Object>> rows = warehouse.query(QUERY, tenant, region);
        SourceCoverage source = coverages.of(tenant);
        Map<String, IndicatorView> indicators = new LinkedHashMap<>();
        rows.forEach(row -> indicators.put((String) row.get("indicator"), IndicatorView.judged(row, source)));
        Map<String, Object> newest = rows.isEmpty() ? Map.of() : rows.getFirst();
        ctx.json(new LiveIndicators(
                region,
                WarehouseValues.utcInstant(newest.get("computed_at")),
                WarehouseValues.utcInstant(newest.get("window_start")),
                indicators));
    }
}
