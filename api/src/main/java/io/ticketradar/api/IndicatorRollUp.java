package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tenant group's daily health indicators, combined from its tenants' rows so that every figure is exact: a ratio or
 * a mean is the summed numerators over the summed denominators (never an average of the tenants' percentages or
 * means), a count (backlog) is the sum, and the closure-cycle percentiles, which no sum of stored figures gives, are
 * the nearest-rank percentiles (as the indicators job takes them) of all the tenants' closure durations, read from
 * {@code ticket_facts}. A day is each tenant's own calendar day. Per-engineer rows stay with their tenant.
 */
final class IndicatorRollUp {

    /** The indicators that are percentiles of closure durations (days), by code: the percentile. */
    static final Map<String, Integer> PERCENTILES =
            Map.of(IndicatorCode.CLOSURE_CYCLE_P50_DAYS.code(), 50, IndicatorCode.CLOSURE_CYCLE_P90_DAYS.code(), 90);

    /** The unit of the indicators that count tickets (backlog): their numerator is the value, the denominator 1. */
    static final String COUNT_UNIT = "tickets";

    private static final double DAY_MILLIS = 86_400_000.0;

    // FINAL: corrections re-write a row with a higher version.
    private static final String SUMS = """
            SELECT day, indicator, sum(numerator) AS numerator, sum(denominator) AS denominator, any(unit) AS unit,
                   any(healthy_when) AS healthy_when, any(healthy_threshold) AS healthy_threshold,
                   max(max(as_of)) OVER (PARTITION BY day) AS day_as_of
            FROM %s FINAL
            WHERE has(?, tenant_id) AND region = ? AND engineer_id = '' AND day >= ? AND day <= ?
            GROUP BY day, indicator
            ORDER BY day, indicator""".formatted(HealthIndicators.TABLE);

    /** What the indicators job counts in closure_cycle_*: tickets closed (now) on the day, created -> latest close. */
    private static final String CLOSURES = """
            SELECT toDate(closed_at, ?) AS close_day, groupArray(assumeNotNull(closure_ms)) AS samples
            FROM %s FINAL
            WHERE has(?, tenant_id) AND closed AND closure_ms IS NOT NULL AND closed_at IS NOT NULL
              AND close_day >= ? AND close_day <= ? AND (? = ? OR region = ?)
            GROUP BY close_day""".formatted(TicketFacts.TABLE);

    private final Warehouse warehouse;
    private final TenantDays days;

    IndicatorRollUp(Warehouse warehouse, TenantDays days) {
        this.warehouse = warehouse;
        this.days = days;
    }

    /** Every day of the range, days without rows included (empty), like a tenant's indicators. */
    List<IndicatorsHandler.DayView> read(Collection<String> tenants, String region, DateRange range) {
        List<String> members = List.copyOf(tenants);
        Map<String, List<Long>> closures = closures(members, region, range);
        Map<String, IndicatorsHandler.DayView> withRows = new HashMap<>();
        for (Map<String, Object> row : warehouse.query(SUMS, members, region, range.from(), range.to())) {
            String day = (String) row.get("day");
            IndicatorsHandler.DayView view = withRows.computeIfAbsent(
                    day,
                    d -> new IndicatorsHandler.DayView(
                            d, WarehouseValues.utcInstant(row.get("day_as_of")), new LinkedHashMap<>(), Map.of()));
            String code = (String) row.get("indicator");
            view.indicators().put(code, combine(code, row, closures.getOrDefault(day, List.of())));
        }
        return range.days().stream()
                .map(d -> withRows.getOrDefault(
                        d.toString(), new IndicatorsHandler.DayView(d.toString(), null, Map.of(), Map.of())))
                .toList();
    }

    private static IndicatorView combine(String code, Map<String, Object> row, List<Long> closures) {
        double numerator = WarehouseValues.decimal(row.get("numerator"));
        double denominator = WarehouseValues.decimal(row.get("denominator"));
        String unit = (String) row.get("unit");
        String when = (String) row.get("healthy_when");
        Double threshold = WarehouseValues.decimal(row.get("healthy_threshold"));
        String healthyWhen = when.isEmpty() ? null : when;
        Integer percentile = PERCENTILES.get(code);
        if (percentile != null) {
            Double value = nearestRank(closures, percentile);
            return IndicatorView.combined(
                    value == null ? 0 : value, closures.size(), value, unit, healthyWhen, threshold);
        }
        if (COUNT_UNIT.equals(unit)) {
            return IndicatorView.combined(numerator, 1, numerator, unit, healthyWhen, threshold);
        }
        Double value = denominator == 0 ? null : numerator / denominator;
        return IndicatorView.combined(numerator, denominator, value, unit, healthyWhen, threshold);
    }

    /** The smallest sample with at least {@code percentile}% of the samples at or below it, in days. */
    static Double nearestRank(List<Long> sortedMillis, int percentile) {
        int n = sortedMillis.size();
        return n == 0 ? null : sortedMillis.get((percentile * n + 99) / 100 - 1) / DAY_MILLIS;
    }

    /** Each close day's closure durations over the tenants, each tenant's days in its own zone, sorted. */
    private Map<String, List<Long>> closures(List<String> tenants, String region, DateRange range) {
        Map<ZoneId, List<String>> byZone = new TreeMap<>((a, b) -> a.getId().compareTo(b.getId()));
        tenants.forEach(t ->
                byZone.computeIfAbsent(days.zoneOf(t), z -> new ArrayList<>()).add(t));
        Map<String, List<Long>> byDay = new HashMap<>();
        byZone.forEach((zone, members) -> {
            for (Map<String, Object> row : warehouse.query(
                    CLOSURES, zone.getId(), members, range.from(), range.to(), region, Regions.ALL, region)) {
                @SuppressWarnings("unchecked")
                List<Long> samples = (List<Long>) row.get("samples");
                byDay.computeIfAbsent((String) row.get("close_day"), d -> new ArrayList<>())
                        .addAll(samples);
            }
        });
        byDay.values().forEach(samples -> samples.sort(null));
        return byDay;
    }
}
