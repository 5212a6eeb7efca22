package io.ticketradar.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;

import static java.util.Map.entry;

/**
 * Realistic wire records, one per event type, written by hand from DOMAIN.md §3 (not generated from
 * the codec's table, so the tests check the table against the spec), and helpers to spoil them.
 */
final class Samples {
    /** Keeps numbers as written ({@code 1e400}, {@code 2.0}), so a spoiled value reaches the codec unchanged. */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private static final String TICKET = """
            "event_id":"evt-%s","tenant_id":"suzhou-amp","ticket_id":"TK-2026-000123",
            "ts":"2026-01-05T09:00:00+08:00","schema_version":1,""";

    static final Map<EventType, String> WIRE = Map.ofEntries(
            entry(EventType.TICKET_CREATED, ticket(EventType.TICKET_CREATED, """
                    "channel":"wecom","customer_id":"CUST-88231","customer_phone":"138****5521",
                    "device_sn":"B24A-0093-7781","product_model":"OBC-6.6kW","site_id":"SITE-SZ-014","region":"华东",
                    "symptoms":["NO_START","CHARGE_FAIL"],"fault_code":null,
                    "description":"零下18度充电机无法启动 / charger will not start at -18 C",
                    "ambient_temp_c":-18.5,"priority":"P2\"""")),
            entry(
                    EventType.TICKET_ASSIGNED,
                    ticket(
                            EventType.TICKET_ASSIGNED,
                            "\"assignee_id\":\"ENG-0412\",\"team_id\":\"TEAM-HV-EAST\",\"stage\":\"TECH\",\"auto\":true")),
            entry(
                    EventType.FIRST_RESPONSE,
                    ticket(EventType.FIRST_RESPONSE, "\"responder_id\":\"CS-017\",\"diagnostic\":false")),
            entry(
                    EventType.STAGE_CHANGED,
                    ticket(EventType.STAGE_CHANGED, "\"from_stage\":\"CS\",\"to_stage\":\"TECH\"")),
            entry(
                    EventType.FAULT_DIAGNOSED,
                    ticket(EventType.FAULT_DIAGNOSED, "\"fault_code\":\"OBC-E017\",\"domain\":\"HV\"")),
            entry(
                    EventType.TICKET_RESOLVED,
                    ticket(EventType.TICKET_RESOLVED, "\"resolution_code\":\"REPLACED_MODULE\",\"field_visits\":1")),
            entry(EventType.TICKET_CLOSED, ticket(EventType.TICKET_CLOSED, "")),
            entry(EventType.TICKET_REOPENED, ticket(EventType.TICKET_REOPENED, "\"reason\":\"故障复现 fault came back\"")),
            entry(EventType.CUSTOMER_COMPLAINT, ticket(EventType.CUSTOMER_COMPLAINT, "")),
            entry(EventType.TICKET_MERGED, ticket(EventType.TICKET_MERGED, "\"into_ticket_id\":\"TK-2026-000119\"")),
            entry(EventType.REPAIR_RECORDED, """
                    {"event_id":"evt-rep-1","event_type":"REPAIR_RECORDED","tenant_id":"suzhou-amp",
                     "ts":"2026-01-06T14:30:00.250+08:00","schema_version":1,
                     "repair_id":"REP-55120","device_sn":"B24A-0093-7781","engineer_id":"ENG-0412",
                     "fault_code":"OBC-E017","root_cause":"cold solder joint on PFC board",
                     "parts":["PN-OBC-PFC-02"],"firmware":"OBC-3.2.1","ambient_temp_c":-16,
                     "labor_min":95,"outcome":"fixed","photo_labels":["pfc_board","solder_crack"]}"""),
            entry(EventType.DEVICE_REGISTERED, """
                    {"event_id":"dev-B24A-0093-7781-1","event_type":"DEVICE_REGISTERED","tenant_id":"suzhou-amp",
                     "ts":"2025-11-02T08:00:00+08:00","schema_version":1,
                     "device_sn":"B24A-0093-7781","product_model":"OBC-6.6kW","batch":"B24A",
                     "production_date":"2024-10-17","firmware":"OBC-3.2.0","customer_id":"CUST-88231",
                     "site_id":"SITE-SZ-014"}"""),
            entry(EventType.CODE_DEFINED, """
                    {"event_id":"code-fault-OBC-E017","event_type":"CODE_DEFINED","tenant_id":"suzhou-amp",
                     "ts":"2025-11-02T08:00:00+08:00","schema_version":1,
                     "kind":"fault","code":"OBC-E017","zh":"车载充电机低温启动失败",
                     "en":"on-board charger fails to start at low temperature","domain":"HV"}"""),
            entry(EventType.ENGINEER_REGISTERED, """
                    {"event_id":"eng-E-0042-1","event_type":"ENGINEER_REGISTERED","tenant_id":"suzhou-amp",
                     "ts":"2025-11-02T08:00:00+08:00","schema_version":1,
                     "engineer_id":"E-0042","team_id":"TECH-HV","skills":["HV","german-vehicle-protocols"],
                     "region":"华东"}"""),
            entry(EventType.PART_STOCKED, """
                    {"event_id":"stock-P-OBC-07-D-EAST-1","event_type":"PART_STOCKED","tenant_id":"suzhou-amp",
                     "ts":"2025-11-02T08:00:00+08:00","schema_version":1,
                     "part_no":"P-OBC-07","depot_id":"D-EAST","quantity":3,"region":"华东"}"""));

    private Samples() {}

    private static String ticket(EventType type, String body) {
        String separator = body.isEmpty() ? "" : ",";
        return "{" + TICKET.formatted(type.name().toLowerCase()) + "\"event_type\":\"" + type + "\"" + separator + body
                + "}";
    }

    /** A fresh, modifiable copy of the sample record. */
    static ObjectNode sample(EventType type) {
        try {
            return (ObjectNode) MAPPER.readTree(WIRE.get(type));
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static String without(EventType type, String field) {
        ObjectNode record = sample(type);
        record.remove(field);
        return write(record);
    }

    /** The sample with one field set to a value given as JSON text, e.g. {@code "\"XYZ\""} or {@code "-1"}. */
    static String with(EventType type, String field, String jsonValue) {
        ObjectNode record = sample(type);
        record.set(field, json(jsonValue));
        return write(record);
    }

    static String write(JsonNode record) {
        try {
            return MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static JsonNode json(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
