package io.ticketradar.pipelines.ingest;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.events.Topics;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * The ingest scenario of the foundation issue: 1,000 records of which 930 distinct valid events,
 * 20 repeats of valid event ids and 50 invalid records of every kind, shuffled with a fixed seed.
 */
final class IngestFixtures {

    record Fixture(String topic, String key, byte[] value) {}

    static final int DISTINCT_VALID = 930;
    static final int REPEATS = 20;
    static final Map<RejectionReason, Integer> INVALID = new EnumMap<>(Map.of(
            RejectionReason.MALFORMED_JSON, 10,
            RejectionReason.MISSING_FIELD, 8,
            RejectionReason.UNKNOWN_EVENT_TYPE, 8,
            RejectionReason.BAD_TIMESTAMP, 8,
            RejectionReason.WRONG_TYPE, 8,
            RejectionReason.OVERSIZE, 8));

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Instant START = Instant.parse("2026-01-05T01:00:00Z");
    private static final List<String> TENANTS = List.of("tenant-a", "tenant-b");

    private IngestFixtures() {}

    static List<Fixture> scenario() {
        List<Fixture> valid = valid(DISTINCT_VALID);
        List<Fixture> all = new ArrayList<>(valid);
        for (int i = 0; i < REPEATS; i++) {
            all.add(valid.get(i * 37));
        }
        INVALID.forEach((reason, count) -> {
            for (int i = 0; i < count; i++) {
                all.add(invalid(reason, i));
            }
        });
        Collections.shuffle(all, new Random(42));
        return all;
    }

    /** Distinct valid events of two tenants: tickets created and answered, and now and then a repair. */
    static List<Fixture> valid(int count) {
        List<Fixture> valid = new ArrayList<>();
        for (int i = 0; valid.size() < count; i++) {
            String tenant = TENANTS.get(i % TENANTS.size());
            String ticket = "T-" + i;
            Instant created = START.plusSeconds(i * 60L);
            valid.add(fixture(created(tenant, ticket, "e-" + i + "-c", created)));
            if (valid.size() < count) {
                valid.add(fixture(firstResponse(tenant, ticket, "e-" + i + "-r", created.plusSeconds(1800))));
            }
            if (valid.size() < count && i % 5 == 0) {
                valid.add(repair(tenant, "e-" + i + "-p", created.plusSeconds(7200)));
            }
        }
        return valid;
    }

    static ObjectNode envelope(String type, String tenant, String ticket, String eventId, Instant ts) {
        ObjectNode e = JSON.objectNode()
                .put("event_id", eventId)
                .put("event_type", type)
                .put("tenant_id", tenant)
                .put("ts", ts.toString())
                .put("schema_version", 1);
        if (ticket != null) {
            e.put("ticket_id", ticket);
        }
        return e;
    }

    static ObjectNode created(String tenant, String ticket, String eventId, Instant ts) {
        ObjectNode e = envelope("TICKET_CREATED", tenant, ticket, eventId, ts)
                .put("channel", "wecom")
                .put("customer_id", "C-" + ticket)
                .put("customer_phone", "13800000000")
                .put("device_sn", "B01A" + ticket)
                .put("product_model", "OBC-6.6")
                .put("site_id", "S-001")
                .put("region", "华东")
                .putNull("fault_code")
                .put("description", "车辆低温无法充电 / no charging in the cold")
                .put("ambient_temp_c", -16.5)
                .put("priority", "P2")
                .put("crm_extra_field", "kept");
        e.putArray("symptoms").add("SYM-01").add("SYM-07");
        return e;
    }

    static ObjectNode firstResponse(String tenant, String ticket, String eventId, Instant ts) {
        return envelope("FIRST_RESPONSE", tenant, ticket, eventId, ts)
                .put("responder_id", "ENG-7")
                .put("diagnostic", true);
    }

    private static Fixture repair(String tenant, String eventId, Instant ts) {
        return fixture(repairEvent(tenant, eventId, ts));
    }

    static ObjectNode repairEvent(String tenant, String eventId, Instant ts) {
        String sn = "B01A-" + eventId;
        ObjectNode e = envelope("REPAIR_RECORDED", tenant, null, eventId, ts)
                .put("repair_id", "R-" + eventId)
                .put("device_sn", sn)
                .put("engineer_id", "ENG-7")
                .put("fault_code", "HV-OBC-017")
                .put("root_cause", "pre-charge relay")
                .put("firmware", "3.2.1")
                .put("ambient_temp_c", -18)
                .put("labor_min", 95)
                .put("outcome", "fixed");
        e.putArray("parts").add("P-1001");
        e.putArray("photo_labels");
        return e;
    }

    /** The record of a valid event: repairs keyed by device on their topic, ticket events by ticket on theirs. */
    static Fixture fixture(ObjectNode e) {
        return "REPAIR_RECORDED".equals(e.get("event_type").asText())
                ? new Fixture(Topics.REPAIR_EVENTS, e.get("device_sn").asText(), bytes(e.toString()))
                : new Fixture(Topics.TICKET_EVENTS, e.get("ticket_id").asText(), bytes(e.toString()));
    }

    private static Fixture invalid(RejectionReason reason, int i) {
        String ticket = "BAD-" + reason + "-" + i;
        ObjectNode e = created("tenant-a", ticket, "bad-" + reason + "-" + i, START);
        String text = switch (reason) {
            case MALFORMED_JSON -> i % 2 == 0 ? e.toString().substring(0, 40) : "[" + e + "]";
            case MISSING_FIELD -> e.without(i % 2 == 0 ? "device_sn" : "ts").toString();
            case UNKNOWN_EVENT_TYPE -> e.put("event_type", "TICKET_TELEPORTED").toString();
            case BAD_TIMESTAMP ->
                // Unreadable, or decades away: the latter must not carry the partition's event time along either.
                e.put(
                                "ts",
                                List.of(
                                                "2026-01-05 09:00",
                                                "2026-01-05T09:00:00",
                                                "2099-01-05T09:00:00+08:00",
                                                "1970-01-01T00:00:00Z")
                                        .get(i % 4))
                        .toString();
            case WRONG_TYPE -> e.put("priority", i % 2 == 0 ? "P9" : "urgent").toString();
            case OVERSIZE -> e.put("description", "x".repeat(1024 * 1024 + 1)).toString();
        };
        return new Fixture(Topics.TICKET_EVENTS, ticket, bytes(text));
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
