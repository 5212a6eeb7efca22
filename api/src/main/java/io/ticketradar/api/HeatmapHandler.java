package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/heatmap?window=day|7d&date=YYYY-MM-DD&x=region|site&y=fault|domain[&limit=&offset=]} (see
 * {@link HeatmapParams}): the cells of the caller's heatmap (DOMAIN.md §5) with tickets, ordered by x then y.
 * Each cell holds the tickets created in the window, how many are overdue (the bubble size) and how many had
 * a breakpoint. Tickets not diagnosed yet have y "" and y_label {@value #UNDIAGNOSED}.
 */
final class HeatmapHandler implements Handler {

    /** What readers see for the row of tickets whose fault code (domain) is not known yet. */
    static final String UNDIAGNOSED = "未诊断";

    // FINAL: corrections re-write a cell with a higher version; a cell whose tickets all moved away holds zeros.
    private static final String FROM = """
            FROM heatmap_cells FINAL
            WHERE tenant_id = ? AND window = ? AND day = ? AND x_kind = ? AND y_kind = ? AND tickets > 0""";
    private static final String PAGE =
            "SELECT x, y, tickets, overdue, breakpoints " + FROM + " ORDER BY x, y" + Page.SQL;
    private static final String COUNT = "SELECT count() AS total " + FROM;
    /** A wall screen shows the whole grid: pages are large by default. */
    static final int DEFAULT_CELLS = 1_000;

    static final int MAX_CELLS = 10_000;

    private final Warehouse warehouse;
    private final TenantDays days;

    HeatmapHandler(Warehouse warehouse, TenantDays days) {
        this.warehouse = warehouse;
        this.days = days;
    }

    /** @param yLabel y, or {@value #UNDIAGNOSED} for "" */
    record CellView(String x, String y, String yLabel, long tickets, long overdue, long breakpoints) {}

    /** @param date the last day of the window; from..to are the creation days it covers */
    record Heatmap(
            String window,
            String date,
            String from,
            String to,
            String x,
            String y,
            long total,
            int limit,
            int offset,
            List<CellView> cells) {}

    @Override
    public void handle(Context ctx) {
        HeatmapParams p = HeatmapParams.of(ctx, days);
        Page page = Page.of(ctx, DEFAULT_CELLS, MAX_CELLS);
        List<Object> args =
                new ArrayList<>(List.of(BearerAuth.tenant(ctx), p.window().code(), p.to(), p.x().code(), p.y().code()));
        long total = (Long) warehouse.query(COUNT, args.toArray()).getFirst().get("total");
        args.add(page.limit());
        args.add(page.offset());
        List<CellView> cells = warehouse.query(PAGE, args.toArray()).stream()
                .map(HeatmapHandler::cell)
                .toList();
        ctx.json(new Heatmap(
                p.window().code(),
                p.to().toString(),
                p.from().toString(),
                p.to().toString(),
                p.x().code(),
                p.y().code(),
                total,
                page.limit(),
                page.offset(),
                cells));
    }

    private static CellView cell(Map<String, Object> row) {
        String y = (String) row.get("y");
        return new CellView(
                (String) row.get("x"),
                y,
                y.isEmpty() ? UNDIAGNOSED : y,
                (Long) row.get("tickets"),
                (Long) row.get("overdue"),
                (Long) row.get("breakpoints"));
    }
}
