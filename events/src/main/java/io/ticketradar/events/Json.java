package io.ticketradar.events;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.util.Locale;

/** The one ObjectMapper of this module (thread-safe once configured), and how values are quoted in details. */
final class Json {
    private static final int QUOTE_LIMIT = 80;

    static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            // Two event_ids in one record would make de-duplication a coin toss.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            // "{...} {...}" or "{...} junk" is not one event.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // Keep decimals as sent (25.50 stays 25.50) when the tree is written back as Event.json.
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            // Envelope and unknown extra fields are not part of the typed bodies.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            // TicketClosed and CustomerComplaint have no fields.
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
            .build();

    private Json() {}

    /** A value as quoted in a rejection detail: short, with its JSON type when that is the point. */
    static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "\"" + visible(abbreviate(value.textValue())) + "\"";
        }
        if (value.isNumber() || value.isBoolean()) {
            return value.getNodeType().name().toLowerCase(Locale.ROOT) + " " + abbreviate(value.asText());
        }
        return value.isObject()
                ? "an object"
                : value.isArray() ? "an array" : value.getNodeType().name().toLowerCase(Locale.ROOT);
    }

    /** Keeps details and context small even when a field holds most of a megabyte. */
    static String abbreviate(String text) {
        if (text.length() <= QUOTE_LIMIT) {
            return text;
        }
        // Not through a surrogate pair: half a character in a detail is not text either.
        int cut = Character.isHighSurrogate(text.charAt(QUOTE_LIMIT - 1)) ? QUOTE_LIMIT - 1 : QUOTE_LIMIT;
        return text.substring(0, cut) + "...(" + text.length() + " chars)";
    }

    /** Control characters as {@code \\uXXXX}: a NUL or an escape sequence in a detail would hide what came. */
    private static String visible(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.chars()
                .forEach(c -> out.append(
                        Character.isISOControl(c)
                                ? String.format(Locale.ROOT, "\\u%04x", c)
                                : String.valueOf((char) c)));
        return out.toString();
    }
}
