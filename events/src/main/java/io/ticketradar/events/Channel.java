package io.ticketradar.events;

import java.util.Locale;

/** How a ticket reached the company. */
public enum Channel implements WireValue {
    WECOM,
    PHONE,
    APP,
    EMAIL,
    DEALER_PORTAL;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
