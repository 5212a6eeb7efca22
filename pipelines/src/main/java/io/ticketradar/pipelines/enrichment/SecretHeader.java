package io.ticketradar.pipelines.enrichment;

import java.io.Serial;
import java.io.Serializable;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The header that carries a source's secret, e.g. {@code Authorization: Bearer xyz}. Its value is a credential: it is
 * sent to the source and nowhere else, so {@link #toString()} masks it (settings, logs and exceptions that print this
 * header show the name only) and no error message built here repeats it.
 */
public final class SecretHeader implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** An HTTP header name (RFC 9110 token). */
    private static final Pattern NAME = Pattern.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+");

    private final String name;
    private final String value;

    private SecretHeader(String name, String value) {
        this.name = name;
        this.value = value;
    }

    /**
     * Reads {@code Name: value}.
     *
     * @throws IllegalArgumentException naming what is wrong, without the value
     */
    public static SecretHeader parse(String line) {
        int colon = line.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not 'Name: value' (e.g. 'Authorization: Bearer <token>')");
        }
        String name = line.substring(0, colon).strip();
        String value = line.substring(colon + 1).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("the header name '" + name + "' is not an HTTP header name");
        }
        if (value.isEmpty() || value.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("the value of header " + name + " is empty or holds control characters");
        }
        return new SecretHeader(name, value);
    }

    public String name() {
        return name;
    }

    /** The secret itself: for the request to the source only. */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SecretHeader h && h.name.equals(name) && h.value.equals(value);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, value);
    }

    @Override
    public String toString() {
        return name + ": ****";
    }
}
