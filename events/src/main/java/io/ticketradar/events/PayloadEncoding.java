package io.ticketradar.events;

/** How a dead letter carries the rejected record: as text when it is valid UTF-8, else base64. */
public enum PayloadEncoding implements WireValue {
    UTF_8("utf-8"),
    BASE64("base64");

    private final String wire;

    PayloadEncoding(String wire) {
        this.wire = wire;
    }

    @Override
    public String wire() {
        return wire;
    }
}
