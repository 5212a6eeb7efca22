package io.ticketradar.datasets.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Locale;

/**
 * The kinds of failure pattern the product must find (issue 7), so an evaluation can report by kind. A pattern
 * that names none is classed by its defining features ({@link #inferred}).
 */
public enum PatternKind {
    /** A fault of some products below or above an ambient temperature. */
    TEMPERATURE,
    /** A burst of one fault in a region on one firmware version, usually answered by a patch. */
    REGIONAL_FIRMWARE,
    /** A fault after customers fitted an aftermarket accessory, seen only in repair photos and descriptions. */
    ACCESSORY,
    /** A fault of the devices of one production batch (SN prefix). */
    BATCH,
    /** Defined by fault and products alone. */
    OTHER;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static PatternKind of(String code) {
        try {
            return valueOf(code.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown pattern kind " + code
                    + "; expected temperature, regional_firmware, accessory, batch or other");
        }
    }

    /** The kind its features say: what the customer fitted, then the batch, the temperature, firmware or region. */
    static PatternKind inferred(PatternSpec.Slice slice, PatternSpec.DeviceFilter devices) {
        if (devices.modification() != null) {
            return ACCESSORY;
        }
        if (devices.batchPrefix() != null) {
            return BATCH;
        }
        if (slice.ambientBelowC() != null || slice.ambientAboveC() != null) {
            return TEMPERATURE;
        }
        if (devices.firmware() != null || !slice.regions().isEmpty()) {
            return REGIONAL_FIRMWARE;
        }
        return OTHER;
    }
}
