package io.ticketradar.api;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** Values as the warehouse returns them, turned into what the API shows. */
final class WarehouseValues {

    private WarehouseValues() {}

    /**
     * An ISO-8601 UTC instant ({@code 2026-01-07T21:00:00Z}) from a DateTime64 column, which the warehouse
     * writes in UTC as {@code 2026-01-07 21:00:00.000}; null stays null.
     */
    static String utcInstant(Object dateTime) {
        return dateTime == null ? null : instant(dateTime).toString();
    }

    /** A DateTime64 column's value as an instant; not null. */
    static Instant instant(Object dateTime) {
        return LocalDateTime.parse(((String) dateTime).replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    /** A text column's value, with the warehouse's '' for "unknown" shown as null. */
    static String emptyToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }

    /** A Float64 column's value: the warehouse writes whole ones without a fraction, so they arrive as Long. */
    static Double decimal(Object number) {
        return number == null ? null : ((Number) number).doubleValue();
    }
}
