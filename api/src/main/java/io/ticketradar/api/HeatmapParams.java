package io.ticketradar.api;

import io.javalin.http.Context;
import io.ticketradar.warehouse.tables.HeatmapAxis;
import io.ticketradar.warehouse.tables.HeatmapWindow;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/**
 * The parameters that pick a heatmap, the same on {@code /api/v1/heatmap} and its drill-down
 * {@code /api/v1/heatmap/tickets}: {@code window} (day, the default, or 7d), {@code date} (the day, or the
 * last of the 7 days; required for a day, for 7d today in the tenant's zone by default), {@code x} (region, the
 * default, or site) and {@code y} (fault, the default, or domain).
 *
 * @param from the first creation day the heatmap covers
 * @param to   the last, {@code date}
 */
record HeatmapParams(HeatmapWindow window, LocalDate from, LocalDate to, HeatmapAxis x, HeatmapAxis y) {

    static HeatmapParams of(Context ctx, TenantDays days) {
        return of(ctx, () -> days.today(BearerAuth.tenant(ctx)));
    }

    /** @param today the default date of a 7-day window */
    static HeatmapParams of(Context ctx, Supplier<LocalDate> today) {
        HeatmapWindow window = QueryParams.choice(
                ctx, "window", List.of(HeatmapWindow.values()), HeatmapWindow::code, HeatmapWindow.DAY);
        LocalDate date = window == HeatmapWindow.DAY
                ? QueryParams.requiredDate(ctx, "date")
                : QueryParams.optionalDate(ctx, "date");
        if (date == null) {
            date = today.get();
        }
        return new HeatmapParams(
                window,
                date.minusDays(window.days() - 1L),
                date,
                QueryParams.choice(ctx, "x", HeatmapAxis.X, HeatmapAxis::code, HeatmapAxis.REGION),
                QueryParams.choice(ctx, "y", HeatmapAxis.Y, HeatmapAxis::code, HeatmapAxis.FAULT));
    }
}
