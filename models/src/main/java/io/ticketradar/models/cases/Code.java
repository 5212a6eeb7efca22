package io.ticketradar.models.cases;

import java.util.Objects;

/**
 * One categorical code of a failure case, written {@code kind:value} ({@code region:华南}, {@code temp:<-15}): the
 * detector's vocabulary, shared with the warehouse ({@code failure_cases.codes}) and the API.
 */
public record Code(CodeKind kind, String value) implements Comparable<Code> {

    public Code {
        Objects.requireNonNull(kind, "kind");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a " + kind.prefix() + " code needs a value");
        }
    }

    public static Code of(CodeKind kind, String value) {
        return new Code(kind, value);
    }

    /** Reads {@code kind:value}; the value may itself contain colons. */
    public static Code parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
            throw new IllegalArgumentException("not a code (kind:value): '" + text + "'");
        }
        CodeKind kind = CodeKind.byPrefix(text.substring(0, colon))
                .orElseThrow(() -> new IllegalArgumentException("unknown code kind in '" + text + "'"));
        return new Code(kind, text.substring(colon + 1));
    }

    public String text() {
        return kind.prefix() + ":" + value;
    }

    @Override
    public String toString() {
        return text();
    }

    @Override
    public int compareTo(Code other) {
        int byKind = kind.compareTo(other.kind);
        return byKind != 0 ? byKind : value.compareTo(other.value);
    }
}
