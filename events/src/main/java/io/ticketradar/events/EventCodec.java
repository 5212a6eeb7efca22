package io.ticketradar.events;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.Serial;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;

/**
 * Reads and writes events on the wire (DOMAIN.md §3). {@link #decode} never throws on bad input: it
 * returns a {@link Rejection} for the dead-letter topic instead, so one bad record never stops a job.
 * <p>
 * Thread-safe and holding nothing but its clock (the ObjectMapper is shared per JVM), so it is free to construct
 * and harmless to serialise with a Flink operator. An event's time must be plausible by that clock
 * ({@link EventTimeRange}).
 */
public final class EventCodec implements Serializable {
    @Serial
    private static final long serialVersionUID = 1L;

    /** The schema version this code writes. Higher versions are read as long as their fields validate. */
    public static final int CURRENT_SCHEMA_VERSION = 1;
    /** Larger records are rejected unparsed: 1 MiB. */
    public static final int MAX_RECORD_BYTES = 1024 * 1024;

    private static final String BYTE_ORDER_MARK = "\uFEFF";

    /** What an event's time is judged against ({@link EventTimeRange}). */
    private final Clock clock;

    public EventCodec() {
        this(Clock.systemUTC());
    }

    public EventCodec(Clock clock) {
        this.clock = clock;
    }

    /** Decodes one Kafka record value; null (a tombstone) and empty records are rejected as malformed. */
    public Decoded decode(byte[] utf8) {
        if (utf8 == null || utf8.length == 0) {
            return invalid(RejectionReason.MALFORMED_JSON, "empty record");
        }
        if (utf8.length > MAX_RECORD_BYTES) {
            return invalid(
                    RejectionReason.OVERSIZE,
                    "record is " + utf8.length + " bytes, over the limit of " + MAX_RECORD_BYTES);
        }
        String text = Utf8.decodeOrNull(utf8);
        if (text == null) {
            return invalid(
                    RejectionReason.MALFORMED_JSON,
                    "not valid UTF-8: malformed byte at offset " + Utf8.firstMalformedByte(utf8));
        }
        return parse(text);
    }

    /** Decodes a record given as text; its size is counted in UTF-8 bytes, as on the wire. */
    public Decoded decode(String json) {
        return decode(json == null ? null : json.getBytes(StandardCharsets.UTF_8));
    }

    /** The event's JSON, as kept in {@link Event#json()}, unknown fields included. */
    public byte[] encode(Event event) {
        return event.json().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The typed fields of a decoded event.
     *
     * @throws IllegalArgumentException when the event did not come from this codec and does not fit its type
     */
    public EventBody body(Event event) {
        try {
            return Json.MAPPER.readValue(event.json(), event.type().bodyType());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a valid " + event.type() + " event: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * A new event of the current schema version, for the data generator, the product's own events
     * (TICKET_MERGED) and tests. It goes through {@link #decode}, so whatever it returns, a consumer accepts.
     *
     * @param ticketId null only for repair events
     * @param ts       written with its offset, e.g. {@code 2026-01-05T09:00:00+08:00}
     * @throws IllegalArgumentException with the rejection detail when the result would be rejected
     */
    public Event newEvent(String eventId, String tenantId, String ticketId, OffsetDateTime ts, EventBody body) {
        ObjectNode record = Json.MAPPER
                .createObjectNode()
                .put("event_id", eventId)
                .put("event_type", body.type().name())
                .put("tenant_id", tenantId);
        if (ticketId != null) {
            record.put("ticket_id", ticketId);
        }
        record.put("ts", ts == null ? null : Timestamps.format(ts))
                .put("schema_version", CURRENT_SCHEMA_VERSION)
                .setAll((ObjectNode) Json.MAPPER.valueToTree(body));
        return switch (decode(record.toString())) {
            case Decoded.Valid valid -> valid.event();
            case Decoded.Invalid invalid ->
                throw new IllegalArgumentException(invalid.rejection().reason() + ": "
                        + invalid.rejection().detail());
        };
    }

    private Decoded parse(String text) {
        JsonNode record;
        try {
            // Some Windows-based ticket exports start with a byte order mark; it is not part of the JSON.
            record = Json.MAPPER.readTree(text.startsWith(BYTE_ORDER_MARK) ? text.substring(1) : text);
        } catch (JsonProcessingException e) {
            return invalid(RejectionReason.MALFORMED_JSON, "not JSON: " + e.getOriginalMessage() + at(e.getLocation()));
        }
        if (record.isMissingNode()) {
            return invalid(RejectionReason.MALFORMED_JSON, "empty record");
        }
        return EventValidator.validate(record, clock.instant());
    }

    private static String at(JsonLocation location) {
        return location == null ? "" : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static Decoded invalid(RejectionReason reason, String detail) {
        return new Decoded.Invalid(Rejection.withoutContext(reason, detail));
    }
}
