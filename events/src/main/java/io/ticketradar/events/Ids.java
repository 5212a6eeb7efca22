package io.ticketradar.events;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What an identifier on the wire may be ({@link ValueKind#ID}): not blank, at most {@link #MAX_LENGTH} characters,
 * no control characters. Ids key Kafka records, de-duplication state, warehouse rows and URLs; a megabyte id or a NUL
 * inside one (the de-duplication key joins tenant and event id with NUL) would quietly break one of them.
 */
public final class Ids {

    /** Generous for every real ticket system's ids, including ids built from two of them. */
    public static final int MAX_LENGTH = 256;

    /** Keeps a readable start of a long derived id; the rest is replaced by its hash. */
    private static final int HASHED_PREFIX = MAX_LENGTH - 1 - 64;

    private Ids() {}

    /** Whether {@code id} is a valid identifier. */
    public static boolean fits(String id) {
        return !id.isBlank() && id.length() <= MAX_LENGTH && id.chars().noneMatch(Character::isISOControl);
    }

    /**
     * An event id built from other ids (a merge of two tickets, the assignment an event asked for), shortened to fit
     * when its parts are long: the same parts always give the same id, so a replayed derived event is still a repeat.
     * Ids that fit are returned as they are, so the ids of existing events do not change.
     */
    public static String derived(String id) {
        if (id.length() <= MAX_LENGTH) {
            return id;
        }
        // Not through a surrogate pair: half a character is not text.
        int cut = Character.isHighSurrogate(id.charAt(HASHED_PREFIX - 1)) ? HASHED_PREFIX - 1 : HASHED_PREFIX;
        return id.substring(0, cut) + "~" + sha256(id);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
