package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.HeatmapCells;

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
    // Summed per cell for a group's tenants; a tenant's own cells are one row each.
    private static final String CELLS = """
            SELECT %s AS cell_x, y, sum(tickets) AS cell_tickets, sum(overdue) AS cell_overdue,
                   sum(breakpoints) AS cell_breakpoints
            FROM %s FINAL
            WHERE tenant_id IN ? AND window = ? AND day = ? AND x_kind = ? AND y_kind = ? AND tickets > 0
            GROUP BY cell_x, y""";
    /** A site belongs to one tenant: across a group's tenants it is named {@code <tenant>/<site>}. */
    private static final String SITE_OF_TENANT = "if(x_kind = 'site', concat(tenant_id, '/', x), x)";

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
        ctx.json(read(warehouse, List.of(BearerAuth.tenant(ctx)), false, HeatmapParams.of(ctx, days), ctx));
    }

    /**
     * The cells of the tenants' heatmaps summed cell by cell, a page as the request asks.
     *
     * @param sitesByTenant name sites {@code <tenant>/<site>}, as several tenants' cells need
     */
    static Heatmap read(
            Warehouse warehouse, List<String> tenants, boolean sitesByTenant, HeatmapParams p, Context ctx) {
        Page page = Page.of(ctx, DEFAULT_CELLS, MAX_CELLS);
        String cellsSql = CELLS.formatted(sitesByTenant ? SITE_OF_TENANT : "x", HeatmapCells.TABLE);
        List<Object> args = new ArrayList<>(List.of(tenants, p.window().code(), p.to(), p.x().code(), p.y().code()));
        long total = (Long) warehouse
                .query("SELECT count() AS total FROM (" + cellsSql + ")", args.toArray())
                .getFirst()
                .get("total");
        args.add(page.limit());
        args.add(page.offset());
        List<CellView> cells = warehouse.query(cellsSql + " ORDER BY cell_x, y" + Page.SQL, args.toArray()).stream()
                .map(HeatmapHandler::cell)
                .toList();
        return new Heatmap(
                p.window().code(),
                p.to().toString(),
                p.from().toString(),
                p.to().toString(),
                p.x().code(),
                p.y().code(),
                total,
                page.limit(),
                page.offset(),
                cells);
    }

    private static CellView cell(Map<String, Object> row) {
        String y = (String) row.get("y");
        return new CellView(
                (String) row.get("cell_x"),
                y,
                y.isEmpty() ? UNDIAGNOSED : y,
                (Long) row.get("cell_tickets"),
                (Long) row.get("cell_overdue"),
                (Long) row.get("cell_breakpoints"));
    }
}
