package io.ticketradar.api;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
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
record HeatmapParams(Window window, LocalDate from, LocalDate to, Axis x, Axis y) {

    /** The span of creation days, as {@code heatmap_cells.window} names it. */
    enum Window implements QueryParams.Choice {
        DAY("day", 1),
        SEVEN_DAYS("7d", 7);

        private final String code;
        private final int days;

        Window(String code, int days) {
            this.code = code;
            this.days = days;
        }

        @Override
        public String code() {
            return code;
        }
    }

    /**
     * The columns ({@link #X}) and rows ({@link #Y}), as {@code heatmap_cells.x_kind} / {@code y_kind} name them,
     * and the ticket_facts column each comes from.
     */
    enum Axis implements QueryParams.Choice {
        REGION("region"),
        SITE("site_id"),
        FAULT("fault_code"),
        DOMAIN("domain");

        static final List<Axis> X = List.of(REGION, SITE);
        static final List<Axis> Y = List.of(FAULT, DOMAIN);

        final String factColumn;

        Axis(String factColumn) {
            this.factColumn = factColumn;
        }

        /** The constant's name in lower case: region, site, fault, domain. */
        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static HeatmapParams of(Context ctx, TenantDays days) {
        return of(ctx, () -> days.today(BearerAuth.tenant(ctx)));
    }

    /** @param today the default date of a 7-day window */
    static HeatmapParams of(Context ctx, Supplier<LocalDate> today) {
        Window window = QueryParams.choice(ctx, "window", List.of(Window.values()), Window.DAY);
        LocalDate date =
                window == Window.DAY ? QueryParams.requiredDate(ctx, "date") : QueryParams.optionalDate(ctx, "date");
        if (date == null) {
            date = today.get();
        }
        return new HeatmapParams(
                window,
                date.minusDays(window.days - 1L),
                date,
                QueryParams.choice(ctx, "x", Axis.X, Axis.REGION),
                QueryParams.choice(ctx, "y", Axis.Y, Axis.FAULT));
    }
}
