package io.ticketradar.events;

/** Technical domain of a fault: high-voltage system, low-voltage system, software logic. */
public enum TechnicalDomain implements WireValue {
    HV,
    LV,
    SW;

    @Override
    public String wire() {
        return name();
    }
}
