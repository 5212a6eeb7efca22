package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.FailureCases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/trends?group_by=fault|model|batch|firmware|region|site|temp_band&from=&to=[&fault=&model=...]
 * [&top=10][&format=csv|xlsx]}: the caller's failure cases per creation day (tenant's zone) for R&D, one series per
 * value of {@code group_by}: the {@code top} series with the most cases over the range, the rest summed in
 * {@code other}, every day of the range present (zero-filled). Each filter parameter keeps the cases whose value of
 * that dimension equals it. Cases whose value is unknown form the series with key "".
 */
final class TrendsHandler implements Handler {

    static final int DEFAULT_TOP = 10;
    static final int MAX_TOP = 100;

    private final Warehouse warehouse;

    TrendsHandler(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    record Series(String key, long total, long[] counts) {}

    record Other(long total, long[] counts) {}

    record Trends(String groupBy, String from, String to, List<String> days, List<Series> series, Other other) {}

    @Override
    public void handle(Context ctx) {
        TrendDimension groupBy = QueryParams.choice(ctx, "group_by", List.of(TrendDimension.values()), null);
        if (groupBy == null) {
            throw ApiException.badParameter(
                    "group_by",
                    "parameter 'group_by' is required: one of fault, model, batch, firmware,"
                            + " region, site, temp_band");
        }
        DateRange range = DateRange.of(ctx);
        int top = QueryParams.integer(ctx, "top", DEFAULT_TOP, 1, MAX_TOP);
        ExportFormat format = ExportFormat.of(ctx);
        List<Object> args = new ArrayList<>(List.of(BearerAuth.tenant(ctx), range.from(), range.to()));
        StringBuilder sql = new StringBuilder("SELECT " + groupBy.column + " AS key, day, count() AS n FROM "
                + FailureCases.TABLE + " FINAL WHERE tenant_id = ? AND day >= ? AND day <= ?");
        for (TrendDimension filter : TrendDimension.values()) {
            String value = QueryParams.text(ctx, filter.code(), null);
            if (value != null) {
                sql.append(" AND ").append(filter.column).append(" = ?");
                args.add(value);
            }
        }
        sql.append(" GROUP BY key, day");
        Trends trends = trends(groupBy, range, top, warehouse.query(sql.toString(), args.toArray()));
        Responses.send(ctx, format, trends, () -> table(trends));
    }

    private static Trends trends(TrendDimension groupBy, DateRange range, int top, List<Map<String, Object>> rows) {
        List<LocalDate> days = range.days();
        Map<String, Integer> dayIndex = new HashMap<>();
        for (int i = 0; i < days.size(); i++) {
            dayIndex.put(days.get(i).toString(), i);
        }
        Map<String, long[]> countsByKey = new LinkedHashMap<>();
        for (Map<String, Object> row : rows) {
            long[] counts = countsByKey.computeIfAbsent((String) row.get("key"), k -> new long[days.size()]);
            counts[dayIndex.get((String) row.get("day"))] += (Long) row.get("n");
        }
        List<Series> all = countsByKey.entrySet().stream()
                .map(e -> new Series(e.getKey(), sum(e.getValue()), e.getValue()))
                .sorted(Comparator.comparingLong(Series::total).reversed().thenComparing(Series::key))
                .toList();
        long[] other = new long[days.size()];
        for (Series rest : all.subList(Math.min(top, all.size()), all.size())) {
            for (int i = 0; i < other.length; i++) {
                other[i] += rest.counts()[i];
            }
        }
        return new Trends(
                groupBy.code(),
                range.from().toString(),
                range.to().toString(),
                days.stream().map(LocalDate::toString).toList(),
                all.subList(0, Math.min(top, all.size())),
                new Other(sum(other), other));
    }

    private static long sum(long[] counts) {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /** One row per day, one column per series, then other: what a chart of the trends shows. */
    private static Table table(Trends trends) {
        List<String> columns = new ArrayList<>();
        columns.add("day");
        trends.series().forEach(s -> columns.add(s.key().isEmpty() ? "(unknown)" : s.key()));
        columns.add("other");
        Table table = new Table(
                "trends-" + trends.groupBy() + "-" + trends.from() + "-" + trends.to(), columns, new ArrayList<>());
        for (int d = 0; d < trends.days().size(); d++) {
            List<Object> row = new ArrayList<>();
            row.add(trends.days().get(d));
            for (Series s : trends.series()) {
                row.add(s.counts()[d]);
            }
            row.add(trends.other().counts()[d]);
            table.rows().add(row);
        }
        return table;
    }
}
