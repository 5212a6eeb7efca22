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

    /**
     * A threshold as people write it for {@code indicator}: a bare number keeps the spec's direction (at least / at
     * most), {@code >=0.9} or {@code <=0.1} names one (needed where the spec gives the indicator none).
     * IllegalArgumentException saying what is wrong otherwise.
     */
    public static Healthy parse(String text, Indicator indicator) {
        String value = text.strip();
        String when = value.startsWith(">=") || value.startsWith("<=") ? value.substring(0, 2) : "";
        String number = value.substring(when.length()).strip();
        if (when.isEmpty()) {
            when = indicator.healthy().when();
            if (when.isEmpty()) {
                throw new IllegalArgumentException("the spec gives " + indicator.code() + " no direction; say '>="
                        + number + "' or '<=" + number + "'");
            }
        }
        try {
            double threshold = Double.parseDouble(number);
            if (!Double.isFinite(threshold)) {
                throw new NumberFormatException();
            }
            return new Healthy(when, threshold);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(
                    "'" + value + "' is not a threshold (a number in the indicator's unit, optionally after >= or <=)");
        }
    }

    /** Whether {@code value} is healthy; null without a threshold or a value. */
    public Boolean met(Double value) {
        if (threshold == null || value == null) {
            return null;
        }
        return ">=".equals(when) ? value >= threshold : value <= threshold;
    }
}
