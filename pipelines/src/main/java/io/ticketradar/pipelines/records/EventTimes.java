package io.ticketradar.pipelines.records;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.ticketradar.events.EventTimeRange;

import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reads an event's {@code ts} straight off its bytes, before the full decode, so the Kafka source can
 * track event time per partition. Scans the top level only and stops at the field.
 */
public final class EventTimes {

    /** What a record without a readable {@code ts} gets: it never advances event time. */
    public static final long UNKNOWN = Long.MIN_VALUE;

    private static final JsonFactory JSON = new JsonFactory();

    private EventTimes() {}

    /** The event time of a raw record in epoch ms, or {@link #UNKNOWN}; the decoder says why a record is bad. */
    public static long of(byte[] value) {
        if (value.length == 0) {
            return UNKNOWN;
        }
        try (JsonParser parser = JSON.createParser(value)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return UNKNOWN;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken token = parser.nextToken();
                if ("ts".equals(field)) {
                    if (token != JsonToken.VALUE_STRING) {
                        return UNKNOWN;
                    }
                    Instant ts = OffsetDateTime.parse(parser.getText()).toInstant();
                    // The decoder dead-letters it; until then it must not carry the partition's event time away.
                    // Judged as an instant: a year such as +999999999 is a valid date but overflows epoch millis.
                    return EventTimeRange.problem(ts, Instant.now()) == null ? ts.toEpochMilli() : UNKNOWN;
                }
                parser.skipChildren();
            }
            return UNKNOWN;
        } catch (IOException | DateTimeParseException e) {
            return UNKNOWN;
        }
    }
}
