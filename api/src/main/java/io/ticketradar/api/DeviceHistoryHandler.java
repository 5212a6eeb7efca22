package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.FailureCases;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code GET /api/v1/devices/{device_sn}/history[?limit=&offset=][&format=csv|xlsx]}: everything the caller knows
 * about one device: its master data (the newest {@code DEVICE_REGISTERED} event, else what its failure cases say),
 * its tickets ({@code ticket_facts}, symptoms from {@code failure_cases}) and its repairs (the
 * {@code REPAIR_RECORDED} events), each list oldest first and paged alike. A device the tenant knows nothing of,
 * another tenant's included, is a 404.
 */
final class DeviceHistoryHandler implements Handler {

    private static final String FROM_CASES = """
            SELECT product_model, batch, firmware FROM %s FINAL
            WHERE tenant_id = ? AND device_sn = ?
            ORDER BY created_at DESC LIMIT 1""".formatted(FailureCases.TABLE);
    private static final String TICKETS = """
            SELECT t.ticket_id AS ticket_id, t.created_at AS created_at, t.closed_at AS closed_at,
                   t.resolved_at AS resolved_at, t.closed AS closed, t.merged AS merged, t.region AS region,
                   t.site_id AS site_id, t.fault_code AS fault_code, c.symptoms AS symptoms
            FROM (SELECT * FROM %s FINAL WHERE tenant_id = ? AND device_sn = ?) AS t
            LEFT JOIN (SELECT ticket_id, symptoms FROM %s FINAL
                       WHERE tenant_id = ? AND device_sn = ? AND ticket_id != '') AS c ON c.ticket_id = t.ticket_id
            ORDER BY created_at, ticket_id""".formatted(TicketFacts.TABLE, FailureCases.TABLE);

    private final Warehouse warehouse;
    private final Devices devices;

    DeviceHistoryHandler(Warehouse warehouse, Devices devices) {
        this.warehouse = warehouse;
        this.devices = devices;
    }

    /** Master data; a field is null when nothing says it. */
    record Device(String productModel, String batch, String firmware, String productionDate) {}

    /** @param status open, resolved, closed or merged */
    record TicketView(
            String ticketId,
            String createdAt,
            String closedAt,
            String status,
            String region,
            String siteId,
            String faultCode,
            List<String> symptoms) {}

    record History(
            String deviceSn,
            Device device,
            int limit,
            int offset,
            long ticketsTotal,
            List<TicketView> tickets,
            long repairsTotal,
            List<Devices.Repair> repairs) {}

    @Override
    public void handle(Context ctx) {
        String tenant = BearerAuth.tenant(ctx);
        String sn = ctx.pathParam("device_sn");
        Page page = Page.of(ctx);
        ExportFormat format = ExportFormat.of(ctx);
        Device device = device(tenant, sn);
        List<TicketView> tickets = warehouse.query(TICKETS, tenant, sn, tenant, sn).stream()
                .map(DeviceHistoryHandler::ticket)
                .toList();
        List<Devices.Repair> repairs = devices.repairs(tenant, sn);
        if (device == null && tickets.isEmpty() && repairs.isEmpty()) {
            throw ApiException.notFound("device '" + sn + "' not found");
        }
        History history = new History(
                sn,
                device == null ? new Device(null, null, null, null) : device,
                page.limit(),
                page.offset(),
                tickets.size(),
                page.of(tickets),
                repairs.size(),
                page.of(repairs));
        Responses.send(ctx, format, history, () -> table(history));
    }

    private Device device(String tenant, String sn) {
        Optional<JsonNode> registered = devices.registration(tenant, sn);
        if (registered.isPresent()) {
            JsonNode event = registered.get();
            return new Device(
                    Devices.text(event, "product_model"),
                    Devices.text(event, "batch"),
                    Devices.text(event, "firmware"),
                    Devices.text(event, "production_date"));
        }
        List<Map<String, Object>> cases = warehouse.query(FROM_CASES, tenant, sn);
        if (cases.isEmpty()) {
            return null;
        }
        Map<String, Object> newest = cases.getFirst();
        return new Device(
                WarehouseValues.emptyToNull((String) newest.get("product_model")),
                WarehouseValues.emptyToNull((String) newest.get("batch")),
                WarehouseValues.emptyToNull((String) newest.get("firmware")),
                null);
    }

    @SuppressWarnings("unchecked")
    private static TicketView ticket(Map<String, Object> row) {
        String status;
        if ((Boolean) row.get("merged")) {
            status = "merged";
        } else if ((Boolean) row.get("closed")) {
            status = "closed";
        } else if (row.get("resolved_at") != null) {
            status = "resolved";
        } else {
            status = "open";
        }
        return new TicketView(
                (String) row.get("ticket_id"),
                WarehouseValues.utcInstant(row.get("created_at")),
                WarehouseValues.utcInstant(row.get("closed_at")),
                status,
                WarehouseValues.emptyToNull((String) row.get("region")),
                WarehouseValues.emptyToNull((String) row.get("site_id")),
                WarehouseValues.emptyToNull((String) row.get("fault_code")),
                (List<String>) row.get("symptoms"));
    }

    /** Tickets, then repairs, one row each, in one sheet: a device's history reads top to bottom. */
    private static Table table(History history) {
        Table table = Table.of(
                "device-" + history.deviceSn(),
                "record",
                "id",
                "time",
                "ticket_id",
                "status",
                "closed_at",
                "region",
                "site_id",
                "fault_code",
                "symptoms",
                "engineer_id",
                "root_cause",
                "parts",
                "firmware",
                "outcome",
                "photo_labels");
        for (TicketView t : history.tickets()) {
            table.add(
                    "ticket",
                    t.ticketId(),
                    t.createdAt(),
                    t.ticketId(),
                    t.status(),
                    t.closedAt(),
                    t.region(),
                    t.siteId(),
                    t.faultCode(),
                    Table.joined(t.symptoms()),
                    null,
                    null,
                    null,
                    null,
                    null,
                    null);
        }
        for (Devices.Repair r : history.repairs()) {
            table.add(
                    "repair",
                    r.repairId(),
                    r.ts(),
                    r.ticketId(),
                    null,
                    null,
                    null,
                    null,
                    r.faultCode(),
                    null,
                    r.engineerId(),
                    r.rootCause(),
                    Table.joined(r.parts()),
                    r.firmware(),
                    r.outcome(),
                    Table.joined(r.photoLabels()));
        }
        return table;
    }
}
