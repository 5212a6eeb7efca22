package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a device is and whose it is, for a new ticket about it: its product model, customer and site from its newest
 * registration (master data), else from its newest ticket; its region from its newest ticket, else from the newest
 * ticket of its site (sites' regions reach the warehouse only through tickets).
 *
 * @param productModel null when nothing says it; likewise the others
 */
record DeviceFacts(String productModel, String customerId, String siteId, String region) {

    private static final String NEWEST_TICKET = """
            SELECT product_model, customer_id, site_id, region FROM %s FINAL
            WHERE tenant_id = ? AND device_sn = ?
            ORDER BY created_at DESC, ticket_id DESC LIMIT 1""".formatted(TicketFacts.TABLE);
    private static final String SITE_REGION = """
            SELECT region FROM %s FINAL
            WHERE tenant_id = ? AND site_id = ? AND region != ''
            ORDER BY created_at DESC, ticket_id DESC LIMIT 1""".formatted(TicketFacts.TABLE);

    /** What the tenant's records say of the device; empty when they know nothing of it. */
    static Optional<DeviceFacts> of(Warehouse warehouse, Devices devices, String tenant, String sn) {
        Optional<JsonNode> registration = devices.registration(tenant, sn);
        List<Map<String, Object>> tickets = warehouse.query(NEWEST_TICKET, tenant, sn);
        if (registration.isEmpty() && tickets.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> ticket = tickets.isEmpty() ? Map.of() : tickets.getFirst();
        String siteId = registered(registration, "site_id", ticket);
        String region = column(ticket, "region");
        if (region == null && siteId != null) {
            List<Map<String, Object>> site = warehouse.query(SITE_REGION, tenant, siteId);
            region = site.isEmpty() ? null : (String) site.getFirst().get("region");
        }
        return Optional.of(new DeviceFacts(
                registered(registration, "product_model", ticket),
                registered(registration, "customer_id", ticket),
                siteId,
                region));
    }

    private static String registered(Optional<JsonNode> registration, String field, Map<String, Object> ticket) {
        return registration.map(event -> Devices.text(event, field)).orElseGet(() -> column(ticket, field));
    }

    private static String column(Map<String, Object> row, String name) {
        return WarehouseValues.emptyToNull((String) row.get(name));
    }
}
