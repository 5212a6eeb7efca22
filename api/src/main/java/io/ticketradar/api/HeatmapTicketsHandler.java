package io.ticketradar.api;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/heatmap/tickets?<the /heatmap parameters>&x_value=...&y_value=...[&limit=&offset=][&format=csv|xlsx]}: the
 * caller's tickets behind one heatmap cell, oldest first. {@code x_value} and {@code y_value} are the cell's x
 * and y as {@code /heatmap} returned them ({@code y_value=} empty for the undiagnosed row). Read from
 * {@code ticket_facts}, the facts the heatmap was computed from.
 */
final class HeatmapTicketsHandler implements Handler {

    // FINAL before WHERE: a ticket is filtered on its newest facts, never on an older version of them.
    private static final String FILTER = """
            FROM %s FINAL
            WHERE tenant_id = ? AND cohort_day >= ? AND cohort_day <= ? AND %s = ? AND %s = ?""";
    private static final String PAGE = """
            SELECT ticket_id, created_at, priority, last_stage, overdue, breakpoint, closed %s
            ORDER BY created_at, ticket_id""" + Page.SQL;
    private static final String COUNT = "SELECT count() AS total %s";

    private final Warehouse warehouse;
    private final TenantDays days;

    HeatmapTicketsHandler(Warehouse warehouse, TenantDays days) {
        this.warehouse = warehouse;
        this.days = days;
    }

    /**
     * @param createdAt UTC instant
     * @param stage     the stage it is in, or was in last when resolved or closed
     */
    record TicketView(
            String ticketId,
            String createdAt,
            String priority,
            String stage,
            boolean overdue,
            boolean breakpoint,
            boolean closed) {}

    /** @param total the cell's tickets over all pages */
    record CellTickets(
            String window,
            String date,
            String from,
            String to,
            String x,
            String xValue,
            String y,
            String yValue,
            long total,
            int limit,
            int offset,
            List<TicketView> tickets) {}

    @Override
    public void handle(Context ctx) {
        HeatmapParams p = HeatmapParams.of(ctx, days);
        String xValue = QueryParams.requiredText(ctx, "x_value");
        String yValue = QueryParams.required(ctx, "y_value");
        Page page = Page.of(ctx);
        ExportFormat format = ExportFormat.of(ctx);
        String filter = FILTER.formatted(TicketFacts.TABLE, p.x().factColumn(), p.y().factColumn());
        List<Object> args = new ArrayList<>(List.of(BearerAuth.tenant(ctx), p.from(), p.to(), xValue, yValue));
        long total = (Long) warehouse
                .query(COUNT.formatted(filter), args.toArray())
                .getFirst()
                .get("total");
        args.add(page.limit());
        args.add(page.offset());
        List<TicketView> tickets = warehouse.query(PAGE.formatted(filter), args.toArray()).stream()
                .map(HeatmapTicketsHandler::ticket)
                .toList();
        CellTickets cell = new CellTickets(
                p.window().code(),
                p.to().toString(),
                p.from().toString(),
                p.to().toString(),
                p.x().code(),
                xValue,
                p.y().code(),
                yValue,
                total,
                page.limit(),
                page.offset(),
                tickets);
        Responses.send(ctx, format, cell, () -> table(cell));
    }

    private static Table table(CellTickets cell) {
        Table table = Table.of(
                "heatmap-tickets-" + cell.window() + "-" + cell.date(),
                "ticket_id",
                "created_at",
                "priority",
                "stage",
                "overdue",
                "breakpoint",
                "closed",
                cell.x(),
                cell.y());
        cell.tickets()
                .forEach(t -> table.add(
                        t.ticketId(),
                        t.createdAt(),
                        t.priority(),
                        t.stage(),
                        t.overdue(),
                        t.breakpoint(),
                        t.closed(),
                        cell.xValue(),
                        cell.yValue()));
        return table;
    }

    private static TicketView ticket(Map<String, Object> row) {
        return new TicketView(
                (String) row.get("ticket_id"),
                WarehouseValues.utcInstant(row.get("created_at")),
                (String) row.get("priority"),
                (String) row.get("last_stage"),
                (Boolean) row.get("overdue"),
                (Boolean) row.get("breakpoint"),
                (Boolean) row.get("closed"));
    }
}
