package io.ticketradar.events;

import com.fasterxml.jackson.annotation.JsonValue;

/** A domain enum whose constants travel as a fixed string ({@code "dealer_portal"}, {@code "P1"}), matched exactly. */
public interface WireValue {
    /** The value exactly as it appears on the wire; Jackson reads and writes the constant by it. */
    @JsonValue
    String wire();
}
