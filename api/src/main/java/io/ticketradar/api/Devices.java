package io.ticketradar.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketEvents;

import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A device's records as the warehouse holds them, for every handler that shows a device: its newest registration
 * ({@code DEVICE_REGISTERED}, master data) and its repairs ({@code REPAIR_RECORDED}), both raw events in
 * {@code ticket_events}. One query each, so the device history, the engineer's day and the ticket from text agree.
 */
final class Devices {

    private static final String REGISTERED = """
            SELECT payload FROM %s FINAL
            WHERE tenant_id = ? AND device_sn = ? AND event_type = 'DEVICE_REGISTERED'
            ORDER BY ts DESC, event_id DESC LIMIT 1""".formatted(TicketEvents.TABLE);
    private static final String REPAIRS = """
            SELECT ts, payload FROM %s FINAL
            WHERE tenant_id = ? AND device_sn = ? AND event_type = 'REPAIR_RECORDED'
            ORDER BY ts, event_id""".formatted(TicketEvents.TABLE);

    private final Warehouse warehouse;
    private final ObjectMapper mapper;

    Devices(Warehouse warehouse, ObjectMapper mapper) {
        this.warehouse = warehouse;
        this.mapper = mapper;
    }

    record Repair(
            String repairId,
            String ts,
            String ticketId,
            String engineerId,
            String faultCode,
            String rootCause,
            List<String> parts,
            String firmware,
            String outcome,
            List<String> photoLabels) {}

    /** The newest registration event of the device, if the tenant registered it. */
    Optional<JsonNode> registration(String tenant, String sn) {
        List<Map<String, Object>> rows = warehouse.query(REGISTERED, tenant, sn);
        return rows.isEmpty()
                ? Optional.empty()
                : Optional.of(json((String) rows.getFirst().get("payload")));
    }

    /** Every repair of the device, oldest first. */
    List<Repair> repairs(String tenant, String sn) {
        List<Repair> repairs = new ArrayList<>();
        for (Map<String, Object> row : warehouse.query(REPAIRS, tenant, sn)) {
            JsonNode event = json((String) row.get("payload"));
            repairs.add(new Repair(
                    text(event, "repair_id"),
                    WarehouseValues.utcInstant(row.get("ts")),
                    text(event, "ticket_id"),
                    text(event, "engineer_id"),
                    text(event, "fault_code"),
                    text(event, "root_cause"),
                    texts(event.path("parts")),
                    text(event, "firmware"),
                    text(event, "outcome"),
                    texts(event.path("photo_labels"))));
        }
        return repairs;
    }

    /** The device's last {@code count} repairs, newest first. */
    List<Repair> lastRepairs(String tenant, String sn, int count) {
        List<Repair> all = repairs(tenant, sn);
        return all.subList(Math.max(0, all.size() - count), all.size()).reversed();
    }

    /** A field of an event, null when absent or null. */
    static String text(JsonNode event, String field) {
        JsonNode value = event.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.asText()));
        return texts;
    }

    private JsonNode json(String payload) {
        try {
            return mapper.readTree(payload);
        } catch (JsonProcessingException e) {
            // Stored events passed the codec on their way in: unreadable JSON here is a bug, not bad input.
            throw new UncheckedIOException("a stored event is not JSON", e);
        }
    }
}
