package io.ticketradar.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Arrays;

/** Checks a parsed record against its type's {@link FieldSpec}s and builds the {@link Event}. */
final class EventValidator {
    private static final String KNOWN_TYPES = Arrays.toString(EventType.values());

    private EventValidator() {}

    /** @param now the clock's instant, against which {@link EventTimeRange} judges the event's time */
    static Decoded validate(JsonNode record, Instant now) {
        if (!record.isObject()) {
            return invalid(Rejection.withoutContext(
                    RejectionReason.MALFORMED_JSON, "expected a JSON object, got " + Json.describe(record)));
        }
        Context context = Context.of(record);
        JsonNode typeName = record.get("event_type");
        if (typeName == null || typeName.isNull()) {
            return context.reject(
                    RejectionReason.MISSING_FIELD,
                    "event_type: required, got " + (typeName == null ? "nothing" : "null"));
        }
        if (!typeName.isTextual()) {
            return context.reject(
                    RejectionReason.WRONG_TYPE, "event_type: expected a string, got " + Json.describe(typeName));
        }
        EventType type = EventType.byName(typeName.textValue()).orElse(null);
        if (type == null) {
            return context.reject(
                    RejectionReason.UNKNOWN_EVENT_TYPE,
                    "event_type: unknown " + Json.describe(typeName) + ", expected one of " + KNOWN_TYPES);
        }
        for (FieldSpec field : type.fields()) {
            JsonNode value = record.get(field.name());
            if (value == null || value.isNull()) {
                if (!field.nullable()) {
                    return context.reject(
                            RejectionReason.MISSING_FIELD,
                            type + " " + field.name() + ": required, got " + (value == null ? "nothing" : "null"));
                }
                continue;
            }
            RejectionReason problem = field.kind().problem(value);
            if (problem != null) {
                return context.reject(
                        problem,
                        type + " " + field.name() + ": expected " + field.kind().expected() + ", got "
                                + Json.describe(value));
            }
        }
        Instant ts = Timestamps.parse(record.get("ts").textValue());
        String implausible = EventTimeRange.problem(ts, now);
        if (implausible != null) {
            return context.reject(RejectionReason.BAD_TIMESTAMP, type + " ts: " + implausible);
        }
        String json = compact(record);
        if (Utf8.unpairedSurrogate(json) >= 0) {
            return context.reject(RejectionReason.MALFORMED_JSON, type + " " + unpairedSurrogateDetail(record));
        }
        return new Decoded.Valid(new Event(
                record.get("event_id").textValue(),
                type,
                record.get("tenant_id").textValue(),
                textOrNull(record.get("ticket_id")),
                textOrNull(record.get("device_sn")),
                ts,
                record.get("schema_version").intValue(),
                json));
    }

    /** Names the top-level field holding the unpaired surrogate; only called once one was found. */
    private static String unpairedSurrogateDetail(JsonNode record) {
        String where = record.properties().stream()
                .filter(field -> Utf8.unpairedSurrogate(field.getKey()) >= 0
                        || Utf8.unpairedSurrogate(compact(field.getValue())) >= 0)
                .map(field -> Json.abbreviate(field.getKey()))
                .findFirst()
                .orElse("a field");
        return where + ": holds an unpaired UTF-16 surrogate (an escape such as \\ud800 without its pair),"
                + " which is not Unicode text";
    }

    private static String textOrNull(JsonNode value) {
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String compact(JsonNode record) {
        try {
            return Json.MAPPER.writeValueAsString(record);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a parsed JSON tree could not be written back", e);
        }
    }

    private static Decoded invalid(Rejection rejection) {
        return new Decoded.Invalid(rejection);
    }

    /** The identifying fields as far as they are readable, so a rejection can still be traced to a ticket. */
    private record Context(String eventId, String tenantId, String ticketId, String eventType) {

        static Context of(JsonNode record) {
            return new Context(
                    scalar(record, "event_id"),
                    scalar(record, "tenant_id"),
                    scalar(record, "ticket_id"),
                    scalar(record, "event_type"));
        }

        /** Strings and numbers as text (a numeric ticket_id still finds the ticket); null otherwise. */
        private static String scalar(JsonNode record, String name) {
            JsonNode value = record.get(name);
            return value != null && (value.isTextual() || value.isNumber()) ? Json.abbreviate(value.asText()) : null;
        }

        Decoded reject(RejectionReason reason, String detail) {
            return invalid(new Rejection(reason, detail, eventId, tenantId, ticketId, eventType));
        }
    }
}
