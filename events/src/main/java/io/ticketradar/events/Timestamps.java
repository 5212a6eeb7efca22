package io.ticketradar.events;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/** Event time on the wire: ISO-8601 with an offset, so that an event's instant is never a guess. */
final class Timestamps {
    private Timestamps() {}

    /** The instant, or null when the text is not an ISO-8601 date-time with offset (strict: no 30 February). */
    static Instant parse(String text) {
        try {
            return OffsetDateTime.parse(text, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The day, or null when the text is not an ISO-8601 calendar date. */
    static LocalDate parseDate(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Always with seconds ({@code OffsetDateTime.toString()} drops zero seconds). */
    static String format(OffsetDateTime ts) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ts);
    }
}
