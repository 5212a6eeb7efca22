package io.ticketradar.pipelines.indicators;

import java.io.Serializable;

/**
 * When an indicator's value is healthy (DOMAIN.md §4).
 *
 * @param when      ">=", "<=", or "" when the spec gives no threshold
 * @param threshold null when the spec gives none
 */
public record Healthy(String when, Double threshold) implements Serializable {

    public static final Healthy UNSPECIFIED = new Healthy("", null);

    public static Healthy atLeast(double threshold) {
        return new Healthy(">=", threshold);
    }

    public static Healthy atMost(double threshold) {
        return new Healthy("<=", threshold);
    }

    /** Whether {@code value} is healthy; null without a threshold or a value. */
    public Boolean met(Double value) {
        if (threshold == null || value == null) {
            return null;
        }
        return ">=".equals(when) ? value >= threshold : value <= threshold;
    }
}
