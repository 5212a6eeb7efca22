package io.ticketradar.events;

/**
 * One field of an event on the wire.
 *
 * @param name     the JSON name, snake_case as in DOMAIN.md §3
 * @param nullable true when the field may be null or left out (absent means null), false when required
 */
public record FieldSpec(String name, ValueKind kind, boolean nullable) {

    static FieldSpec required(String name, ValueKind kind) {
        return new FieldSpec(name, kind, false);
    }

    static FieldSpec nullable(String name, ValueKind kind) {
        return new FieldSpec(name, kind, true);
    }
}
