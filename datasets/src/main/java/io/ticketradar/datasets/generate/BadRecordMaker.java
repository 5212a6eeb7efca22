package io.ticketradar.datasets.generate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.Rng;
import io.ticketradar.datasets.scenario.BadRecordKind;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.FieldSpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Spoils a copy of a good event in one of the ways real feeds go wrong. The copy gets its own
 * event_id (except a redelivery, which is the same bytes again), so a spoilt record never collides
 * with the good one in de-duplication.
 */
final class BadRecordMaker {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> UNKNOWN_TYPES =
            List.of("TICKET_ESCALATED", "SLA_BREACHED", "ticket_created", "WORKORDER_UPDATED", "TICKET_COMMENTED");
    private static final List<String> NOT_JSON = List.of(
            "<html><body><h1>502 Bad Gateway</h1></body></html>", "工单号,状态,时间\nTK-0001,已关闭,2025/1/5", "null", "[]", "");
    private static final String BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

    byte[] make(BadRecordKind kind, byte[] good, EventType type, String badEventId, Rng rng) {
        if (kind == BadRecordKind.DUPLICATE_EVENT_ID) {
            return good;
        }
        if (kind == BadRecordKind.MALFORMED_JSON) {
            return malformed(new String(good, StandardCharsets.UTF_8), rng).getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode node = parse(good);
        node.put("event_id", badEventId);
        switch (kind) {
            case MISSING_FIELD ->
                node.remove(rng.pick(type.fields().stream()
                                .filter(f -> !f.nullable())
                                .toList())
                        .name());
            case UNKNOWN_EVENT_TYPE -> node.put("event_type", rng.pick(UNKNOWN_TYPES));
            case BAD_TIMESTAMP -> node.put("ts", badTimestamp(node.get("ts").asText(), rng));
            case WRONG_TYPE -> wrongType(node, type, rng);
            case OVERSIZE ->
                node.put("attachment_base64", padding(EventCodec.MAX_RECORD_BYTES + rng.between(1, 200_000), rng));
            default -> throw new IllegalStateException(kind.toString());
        }
        return node.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String malformed(String json, Rng rng) {
        return switch (rng.nextInt(4)) {
            case 0 -> json.substring(0, (int) (json.length() * rng.uniform(0.3, 0.9))); // cut off mid-transfer
            case 1 -> json.replace('"', '\''); // a hand-written export
            case 2 -> json + ",{"; // two records glued together
            default -> rng.pick(NOT_JSON); // not an event at all
        };
    }

    private static String badTimestamp(String ts, Rng rng) {
        String date = ts.substring(0, 10);
        String time = ts.substring(11, 19);
        return switch (rng.nextInt(5)) {
            case 0 -> date.replace('-', '/') + " " + time; // local time, no offset
            case 1 -> date + "T" + time; // ISO without offset
            case 2 -> date.substring(0, 5) + "13" + date.substring(7) + "T" + time + "+08:00"; // month 13
            case 3 -> "昨天 " + time.substring(0, 5);
            default -> date.substring(8) + "." + date.substring(5, 7) + "." + date.substring(0, 4) + " " + time;
        };
    }

    /** One field of the wrong JSON type, or a value outside its closed set. */
    private static void wrongType(ObjectNode node, EventType type, Rng rng) {
        List<FieldSpec> present = new ArrayList<>();
        for (FieldSpec field : type.fields()) {
            JsonNode value = node.get(field.name());
            if (value != null && !value.isNull()) {
                present.add(field);
            }
        }
        FieldSpec field = rng.pick(present);
        JsonNode value = node.get(field.name());
        switch (field.kind()) {
            case SCHEMA_VERSION, COUNT -> node.put(field.name(), value.asText()); // "1" is not 1
            case FLAG -> node.put(field.name(), value.asBoolean() ? "yes" : "no");
            case NUMBER -> node.put(field.name(), value.asText() + "°C");
            case CODES -> node.put(field.name(), String.join(",", MAPPER.convertValue(value, String[].class)));
            case TIMESTAMP -> node.put(field.name(), value.asText().length() * 1_000_000L); // a number, not text
            case ID, TEXT -> node.put(field.name(), 10_000 + rng.nextInt(90_000));
            default ->
                node.put(
                        field.name(),
                        value.asText().toLowerCase(java.util.Locale.ROOT) + "_x"); // not in the closed set
        }
    }

    private static String padding(int length, Rng rng) {
        char[] chunk = new char[4096];
        for (int i = 0; i < chunk.length; i++) {
            chunk[i] = BASE64.charAt(rng.nextInt(BASE64.length()));
        }
        StringBuilder text = new StringBuilder(length);
        while (text.length() < length) {
            text.append(chunk, 0, Math.min(chunk.length, length - text.length()));
        }
        return text.toString();
    }

    private static ObjectNode parse(byte[] good) {
        try {
            return (ObjectNode) MAPPER.readTree(good);
        } catch (IOException e) {
            throw new UncheckedIOException("a generated event is not JSON", e);
        }
    }
}
