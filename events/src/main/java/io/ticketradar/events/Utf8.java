package io.ticketradar.events;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8: the JDK decoder set to report, not replace, so malformed input (overlong forms,
 * encoded surrogates, cut sequences) is caught instead of silently turned into U+FFFD.
 */
final class Utf8 {
    private Utf8() {}

    /** The text, or null when the bytes are not well-formed UTF-8. */
    static String decodeOrNull(byte[] bytes) {
        try {
            return decoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Offset of the first malformed byte, or -1; only called on the failure path, for the detail. */
    static int firstMalformedByte(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        return decoder().decode(in, CharBuffer.allocate(bytes.length), true).isError() ? in.position() : -1;
    }

    /**
     * Index of the first UTF-16 surrogate without its partner, or -1. Strict decoding never yields one, but a JSON
     * escape can ({@code "\\ud800"}): such a string is not Unicode text and has no UTF-8 form to store.
     */
    static int unpairedSurrogate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** Decoders are stateful, hence one per call (cheap). */
    private static CharsetDecoder decoder() {
        return StandardCharsets.UTF_8.newDecoder();
    }
}
