package io.ticketradar.api;

/**
 * What one component said about itself.
 *
 * @param detail a short human-readable note (why it is down, or what it serves); may be null
 */
public record HealthStatus(boolean isUp, String detail) {

    public static HealthStatus up() {
        return new HealthStatus(true, null);
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }
}
