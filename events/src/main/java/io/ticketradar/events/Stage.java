package io.ticketradar.events;

/** Where a ticket is now (DOMAIN.md §2): customer service, technical diagnosis, spare parts, field service. */
public enum Stage implements WireValue {
    CS,
    TECH,
    PARTS,
    FIELD;

    @Override
    public String wire() {
        return name();
    }
}
