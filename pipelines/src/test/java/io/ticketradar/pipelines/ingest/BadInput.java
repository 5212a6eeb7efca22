package io.ticketradar.pipelines.ingest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Ids;
import io.ticketradar.events.RejectionReason;
import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.ingest.IngestFixtures.Fixture;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Function;

import static io.ticketradar.events.RejectionReason.BAD_TIMESTAMP;
import static io.ticketradar.events.RejectionReason.MALFORMED_JSON;
import static io.ticketradar.events.RejectionReason.MISSING_FIELD;
import static io.ticketradar.events.RejectionReason.OVERSIZE;
import static io.ticketradar.events.RejectionReason.UNKNOWN_EVENT_TYPE;
import static io.ticketradar.events.RejectionReason.WRONG_TYPE;

/**
 * The bad-input corpus of the reliability suite (issue 11): each kind spoils a good event into the bytes a broken or
 * hostile producer sends, with the reason it must be dead-lettered for and a piece of the detail that tells a person
 * what was wrong. None may crash the job, hang it or get past the codec.
 */
enum BadInput {
    // Not one JSON object.
    TRUNCATED_JSON(MALFORMED_JSON, "not JSON: Unexpected end-of-input", created(e -> half(e.toString()))),
    TRAILING_GARBAGE(MALFORMED_JSON, "not JSON: ", created(e -> e + " garbage")),
    TWO_OBJECTS_IN_ONE_RECORD(MALFORMED_JSON, "not JSON: ", created(e -> e + "\n" + e)),
    JSON_ARRAY(MALFORMED_JSON, "expected a JSON object, got an array", created(e -> "[" + e + "]")),
    JSON_NULL(MALFORMED_JSON, "expected a JSON object, got null", created(e -> "null")),
    JSON_STRING(
            MALFORMED_JSON,
            "expected a JSON object, got \"",
            created(e -> "\"" + e.get("event_id").asText() + "\"")),
    EMPTY_RECORD(MALFORMED_JSON, "empty record", created(e -> "")),
    WHITESPACE_ONLY(MALFORMED_JSON, "empty record", created(e -> " \r\n\t ")),
    BYTE_ORDER_MARK_THEN_GARBAGE(MALFORMED_JSON, "not JSON: ", created(e -> "\uFEFFgarbage")),
    DEEPLY_NESTED(MALFORMED_JSON, "nesting depth", created(e -> member(e, "\"extra\":" + nested(10_000)))),
    NAN_LITERAL(MALFORMED_JSON, "NaN", created(e -> temperature(e, "NaN"))),
    INFINITY_LITERAL(MALFORMED_JSON, "Infinity", created(e -> temperature(e, "-Infinity"))),
    NUMBER_OF_5000_DIGITS(MALFORMED_JSON, "not JSON: ", created(e -> temperature(e, "9".repeat(5000)))),
    DUPLICATE_KEY_WITH_ANOTHER_VALUE(
            MALFORMED_JSON, "Duplicate field 'tenant_id'", created(e -> member(e, "\"tenant_id\":\"tenant-b\""))),
    RAW_CONTROL_CHARACTER_IN_STRING(
            MALFORMED_JSON, "CTRL-CHAR", created(e -> e.toString().replace("no charging", "no\u0001charging"))),
    UNPAIRED_SURROGATE_ESCAPE(
            MALFORMED_JSON,
            "description: holds an unpaired UTF-16 surrogate",
            created(e -> e.toString().replace("no charging", "no \\ud800 charging"))),

    // Not UTF-8.
    INVALID_UTF8_BYTE(MALFORMED_JSON, "not valid UTF-8: malformed byte at offset", createdBytes(BadInput::invalidByte)),
    UTF8_CUT_IN_A_CHARACTER(
            MALFORMED_JSON, "not valid UTF-8: malformed byte at offset", createdBytes(BadInput::cutInACharacter)),
    UTF16_WITH_BYTE_ORDER_MARK(
            MALFORMED_JSON,
            "not valid UTF-8: malformed byte at offset 0",
            createdBytes(e -> e.toString().getBytes(StandardCharsets.UTF_16))),

    // Too big to parse.
    RECORD_OF_TWO_MEBIBYTES(
            OVERSIZE,
            "bytes, over the limit of 1048576",
            created(e -> e.put("description", "x".repeat(2 * 1024 * 1024)).toString())),

    // Required fields absent or null.
    MISSING_EVENT_ID(
            MISSING_FIELD, "TICKET_CREATED event_id: required, got nothing", created(e -> e.without("event_id"))),
    MISSING_TENANT_ID(
            MISSING_FIELD, "TICKET_CREATED tenant_id: required, got nothing", created(e -> e.without("tenant_id"))),
    NULL_TENANT_ID(MISSING_FIELD, "TICKET_CREATED tenant_id: required, got null", created(e -> e.putNull("tenant_id"))),
    MISSING_TICKET_ID(
            MISSING_FIELD, "TICKET_CREATED ticket_id: required, got nothing", created(e -> e.without("ticket_id"))),
    MISSING_TS(MISSING_FIELD, "TICKET_CREATED ts: required, got nothing", created(e -> e.without("ts"))),
    MISSING_EVENT_TYPE(MISSING_FIELD, "event_type: required, got nothing", created(e -> e.without("event_type"))),
    MISSING_BODY_FIELD(
            MISSING_FIELD, "TICKET_CREATED device_sn: required, got nothing", created(e -> e.without("device_sn"))),
    EMPTY_OBJECT(MISSING_FIELD, "event_type: required, got nothing", created(e -> "{}")),

    // Event types nobody knows.
    UNKNOWN_EVENT_TYPE_NAME(
            UNKNOWN_EVENT_TYPE,
            "event_type: unknown \"TICKET_TELEPORTED\", expected one of",
            created(e -> e.put("event_type", "TICKET_TELEPORTED"))),
    LOWER_CASE_EVENT_TYPE(
            UNKNOWN_EVENT_TYPE,
            "event_type: unknown \"ticket_created\"",
            created(e -> e.put("event_type", "ticket_created"))),

    // Values of the wrong JSON type or outside their domain.
    NUMERIC_EVENT_TYPE(WRONG_TYPE, "event_type: expected a string, got number 7", created(e -> e.put("event_type", 7))),
    BLANK_EVENT_ID(WRONG_TYPE, "event_id: expected a non-empty string", created(e -> e.put("event_id", "   "))),
    EMPTY_TICKET_ID(WRONG_TYPE, "ticket_id: expected a non-empty string", created(e -> e.put("ticket_id", ""))),
    NUMERIC_TENANT_ID(WRONG_TYPE, "tenant_id: expected a non-empty string", created(e -> e.put("tenant_id", 42))),
    ARRAY_TICKET_ID(
            WRONG_TYPE,
            "ticket_id: expected a non-empty string",
            created(e -> e.set("ticket_id", e.arrayNode().add("T")))),
    OBJECT_DESCRIPTION(
            WRONG_TYPE,
            "description: expected a string, got an object",
            created(e -> e.set("description", e.objectNode().put("zh", "无法充电")))),
    TEMPERATURE_AS_STRING(
            WRONG_TYPE,
            "ambient_temp_c: expected a finite number, got \"-16.5\"",
            created(e -> e.put("ambient_temp_c", "-16.5"))),
    TEMPERATURE_OF_1E400(
            WRONG_TYPE, "ambient_temp_c: expected a finite number, got number", created(e -> temperature(e, "1e400"))),
    SYMPTOMS_NOT_AN_ARRAY(WRONG_TYPE, "symptoms: expected an array", created(e -> e.put("symptoms", "SYM-01"))),
    BLANK_SYMPTOM(WRONG_TYPE, "symptoms: expected an array of non-empty strings", created(e -> {
        e.withArray("symptoms").add(" ");
        return e;
    })),
    UNKNOWN_PRIORITY(WRONG_TYPE, "priority: expected one of", created(e -> e.put("priority", "P9"))),
    LOWER_CASE_PRIORITY(WRONG_TYPE, "priority: expected one of", created(e -> e.put("priority", "p2"))),
    UNKNOWN_CHANNEL(WRONG_TYPE, "channel: expected one of", created(e -> e.put("channel", "fax"))),
    SCHEMA_VERSION_ZERO(
            WRONG_TYPE,
            "schema_version: expected an integer >= 1, got number 0",
            created(e -> e.put("schema_version", 0))),
    SCHEMA_VERSION_AS_STRING(
            WRONG_TYPE,
            "schema_version: expected an integer >= 1, got \"1\"",
            created(e -> e.put("schema_version", "1"))),
    NEGATIVE_COUNT(WRONG_TYPE, "labor_min: expected a non-negative integer", repair(e -> e.put("labor_min", -5))),
    FRACTIONAL_COUNT(WRONG_TYPE, "labor_min: expected a non-negative integer", repair(e -> e.put("labor_min", 95.5))),
    COUNT_OVER_INT_RANGE(
            WRONG_TYPE, "labor_min: expected a non-negative integer", repair(e -> e.put("labor_min", 3_000_000_000L))),
    UNKNOWN_REPAIR_OUTCOME(WRONG_TYPE, "outcome: expected one of", repair(e -> e.put("outcome", "broken"))),
    NUL_IN_EVENT_ID(
            WRONG_TYPE,
            "event_id: expected a non-empty string of at most 256 characters without control characters, got \"bad-",
            created(e -> e.put("event_id", e.get("event_id").asText() + "\u0000x"))),
    TERMINAL_ESCAPE_IN_TICKET_ID(
            WRONG_TYPE,
            "ticket_id: expected a non-empty string of at most 256 characters without control characters",
            created(e -> e.put("ticket_id", e.get("ticket_id").asText() + "\u001b[31m"))),
    NEWLINE_IN_TENANT_ID(WRONG_TYPE, "\\u000a", created(e -> e.put("tenant_id", "tenant-a\n"))),
    TICKET_ID_OF_257_CHARACTERS(
            WRONG_TYPE, "(257 chars)", created(e -> e.put("ticket_id", "T".repeat(Ids.MAX_LENGTH + 1)))),
    DEVICE_SN_OF_900_THOUSAND_CHARACTERS(
            WRONG_TYPE,
            "device_sn: expected a non-empty string",
            created(e -> e.put("device_sn", "B".repeat(900_000)))),

    // Event times that are not readable or not plausible.
    NUMERIC_TS(WRONG_TYPE, "ts: expected an ISO-8601 date-time with offset", created(e -> e.put("ts", 1767574800000L))),
    TS_WITHOUT_OFFSET(BAD_TIMESTAMP, "ts: expected an ISO-8601 date-time with offset", ts("2026-01-05T09:00:00")),
    TS_WITH_A_SPACE(BAD_TIMESTAMP, "ts: expected an ISO-8601 date-time with offset", ts("2026-01-05 09:00:00+08:00")),
    TS_IN_MONTH_13(BAD_TIMESTAMP, "ts: expected an ISO-8601 date-time with offset", ts("2026-13-05T09:00:00+08:00")),
    TS_ON_30_FEBRUARY(BAD_TIMESTAMP, "ts: expected an ISO-8601 date-time with offset", ts("2026-02-30T09:00:00+08:00")),
    TS_EMPTY(BAD_TIMESTAMP, "ts: expected an ISO-8601 date-time with offset", ts("")),
    TS_IN_2099(BAD_TIMESTAMP, "days after the clock", ts("2099-01-05T09:00:00+08:00")),
    TS_AT_THE_EPOCH(BAD_TIMESTAMP, "is before 2000-01-01T00:00:00Z", ts("1970-01-01T00:00:00Z")),
    TS_IN_YEAR_999999999(BAD_TIMESTAMP, "days after the clock", ts("+999999999-12-31T23:59:59Z")),
    TS_IN_YEAR_MINUS_999999999(BAD_TIMESTAMP, "is before 2000-01-01T00:00:00Z", ts("-999999999-01-01T00:00:00Z"));

    /** The event time of every good event the corpus spoils: well inside what the codec accepts. */
    static final Instant TS = Instant.parse("2026-01-05T01:00:00Z");

    final RejectionReason reason;
    /** A piece of the rejection detail: it must name what was wrong. */
    final String detail;

    private final Spoil spoil;

    BadInput(RejectionReason reason, String detail, Spoil spoil) {
        this.reason = reason;
        this.detail = detail;
        this.spoil = spoil;
    }

    /** The {@code n}th record of this kind: its ids are its own, so a dead letter traces back to it. */
    Fixture record(int n) {
        String id = "bad-" + name().toLowerCase(Locale.ROOT) + "-" + n;
        if (spoil.repair()) {
            ObjectNode good = IngestFixtures.repairEvent("tenant-a", id, TS);
            return new Fixture(
                    Topics.REPAIR_EVENTS,
                    good.get("device_sn").asText(),
                    spoil.bytes().apply(good));
        }
        String ticket = "BAD-" + name() + "-" + n;
        return new Fixture(
                Topics.TICKET_EVENTS, ticket, spoil.bytes().apply(IngestFixtures.created("tenant-a", ticket, id, TS)));
    }

    /** A good event (TICKET_CREATED or REPAIR_RECORDED) turned into the bytes of a bad record. */
    private record Spoil(boolean repair, Function<ObjectNode, byte[]> bytes) {}

    private static Spoil created(Function<ObjectNode, Object> text) {
        return new Spoil(false, e -> utf8(text.apply(e).toString()));
    }

    private static Spoil createdBytes(Function<ObjectNode, byte[]> bytes) {
        return new Spoil(false, bytes);
    }

    private static Spoil repair(Function<ObjectNode, Object> text) {
        return new Spoil(true, e -> utf8(text.apply(e).toString()));
    }

    private static Spoil ts(String ts) {
        return created(e -> e.put("ts", ts));
    }

    private static String half(String text) {
        return text.substring(0, text.length() / 2);
    }

    /** One more member, written as text: the spoiled part may be something Jackson would never write. */
    private static String member(ObjectNode e, String member) {
        String text = e.toString();
        return text.substring(0, text.length() - 1) + "," + member + "}";
    }

    private static String temperature(ObjectNode e, String literal) {
        return e.toString().replace("\"ambient_temp_c\":-16.5", "\"ambient_temp_c\":" + literal);
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** A 0xFF byte, which UTF-8 never uses, in the middle of the description. */
    private static byte[] invalidByte(ObjectNode e) {
        byte[] bytes = utf8(e.toString());
        bytes[indexOf(bytes, utf8("no charging"))] = (byte) 0xFF;
        return bytes;
    }

    /** The record cut after the first byte of a three-byte character, as a producer with a byte limit cuts. */
    private static byte[] cutInACharacter(ObjectNode e) {
        byte[] bytes = utf8(e.toString());
        return Arrays.copyOf(bytes, indexOf(bytes, utf8("低温")) + 1);
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int i = 0; i + part.length <= bytes.length; i++) {
            if (Arrays.equals(bytes, i, i + part.length, part, 0, part.length)) {
                return i;
            }
        }
        throw new IllegalArgumentException("the good event has changed: " + new String(part, StandardCharsets.UTF_8));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
