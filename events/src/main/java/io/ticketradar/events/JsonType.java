package io.ticketradar.events;

import com.fasterxml.jackson.databind.JsonNode;

/** The JSON type a field must have on the wire. Strict: {@code "2"} is not an integer, {@code 2.0} neither. */
public enum JsonType {
    STRING,
    BOOLEAN,
    INTEGER,
    NUMBER,
    ARRAY;

    boolean matches(JsonNode value) {
        return switch (this) {
            case STRING -> value.isTextual();
            case BOOLEAN -> value.isBoolean();
            case INTEGER -> value.isIntegralNumber() && value.canConvertToInt();
            case NUMBER -> value.isNumber();
            case ARRAY -> value.isArray();
        };
    }
}
