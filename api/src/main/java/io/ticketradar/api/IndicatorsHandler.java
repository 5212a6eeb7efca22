package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.javalin.http.BadRequestResponse;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/indicators?from=YYYY-MM-DD&to=YYYY-MM-DD[&region=...]}: the caller's daily health
 * indicators (DOMAIN.md §4), one object per calendar day of the tenant from {@code from} to {@code to}
 * inclusive, days without rows included (empty), so a chart gets every day of its axis. {@code region}
 * defaults to {@value #OVERALL}, the tenant overall. First-time-fix rate per engineer exists only overall
 * and comes under {@code engineers}.
 */
final class IndicatorsHandler implements Handler {

    /** The region of the rows over all of a tenant's regions. */
    static final String OVERALL = "ALL";
    /** At most a year and a day per request: a yearly chart, never an unbounded scan. */
    static final int MAX_DAYS = 366;

    // FINAL: corrections re-write a row with a higher version, kept beside the old one until a merge.
    private static final String QUERY = """
            SELECT day, engineer_id, max(as_of) OVER (PARTITION BY day) AS day_as_of, %s FROM health_indicators FINAL
            WHERE tenant_id = ? AND region = ? AND day >= ? AND day <= ?
            ORDER BY day, indicator, engineer_id""".formatted(IndicatorView.COLUMNS);

    private final Warehouse warehouse;

    IndicatorsHandler(Warehouse warehouse) {
        this.warehouse = warehouse;
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
        LocalDate from = QueryParams.requiredDate(ctx, "from");
        LocalDate to = QueryParams.requiredDate(ctx, "to");
        if (from.isAfter(to)) {
            throw new BadRequestResponse("parameter 'from' (" + from + ") must not be after 'to' (" + to + ")");
        }
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        if (span > MAX_DAYS) {
            throw new BadRequestResponse("parameter 'to' is too far after 'from': " + from + " to " + to + " spans "
                    + span + " days, at most " + MAX_DAYS + " per request");
        }
        String region = QueryParams.text(ctx, "region", OVERALL);
        Map<String, DayView> withRows = new HashMap<>();
        for (Map<String, Object> row : warehouse.query(QUERY, BearerAuth.tenant(ctx), region, from, to)) {
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
                day.indicators().put(code, IndicatorView.of(row));
            } else {
                day.engineers()
                        .computeIfAbsent(code, c -> new ArrayList<>())
                        .add(new EngineerView(engineer, IndicatorView.of(row)));
            }
        }
        List<DayView> days = from.datesUntil(to.plusDays(1))
                .map(d -> withRows.getOrDefault(d.toString(), new DayView(d.toString(), null, Map.of(), Map.of())))
                .toList();
        ctx.json(new Indicators(region, from.toString(), to.toString(), days));
    }
}
