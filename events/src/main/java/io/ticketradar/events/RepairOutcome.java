package io.ticketradar.events;

import java.util.Locale;

/** What a repair achieved: fixed, a temporary fix, or not fixed. */
public enum RepairOutcome implements WireValue {
    FIXED,
    TEMPORARY,
    NOT_FIXED;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
