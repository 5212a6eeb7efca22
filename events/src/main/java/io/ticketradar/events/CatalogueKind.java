package io.ticketradar.events;

import java.util.Locale;

/** What a catalogue entry of master data names: a fault code, a symptom, a part or a product model. */
public enum CatalogueKind implements WireValue {
    FAULT,
    SYMPTOM,
    PART,
    PRODUCT;

    @Override
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }
}
