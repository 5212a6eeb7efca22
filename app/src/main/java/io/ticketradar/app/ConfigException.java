package io.ticketradar.app;

/** A setting that cannot be used; its message is shown to the user as it is. */
public final class ConfigException extends RuntimeException {
    public ConfigException(String message) {
        super(message);
    }
}
