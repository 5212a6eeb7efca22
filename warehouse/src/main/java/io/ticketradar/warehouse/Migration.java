package io.ticketradar.warehouse;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/**
 * One versioned schema change: the text of a {@code V<version>__<name>.sql} file.
 *
 * @param source where it was found, for messages
 */
record Migration(int version, String name, String script, String source) {

    Migration {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(script, "script");
    }

    /** SHA-256 of the script with line endings normalised, so a Windows checkout does not look like an edit. */
    String checksum() {
        try {
            byte[] text = script.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    List<String> statements() {
        return SqlScript.split(script);
    }

    /** {@code V001__raw_events}, as in the file name. */
    String label() {
        return "V%03d__%s".formatted(version, name);
    }
}
