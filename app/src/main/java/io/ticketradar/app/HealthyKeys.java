package io.ticketradar.app;

import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.indicators.Indicator;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * A tenant's own healthy thresholds in the tenants file, one key per indicator code:
 * <pre>
 * acme.healthy.first_response_compliance = 0.90
 * acme.healthy.overdue_rate = &lt;=0.10
 * </pre>
 * A bare number keeps the spec's direction (at least / at most); an indicator the spec gives no threshold needs one
 * ({@code >=} or {@code <=}). {@code <tenant>.breakpoint-threshold}, the circuit breaker's, is the breakpoint rate's
 * healthy threshold too unless {@code healthy.breakpoint_rate} says otherwise: the gauge and the breaker agree.
 */
final class HealthyKeys {

    private static final String PREFIX = "healthy.";

    private HealthyKeys() {}

    /** The key suffixes after {@code <tenant>.}. */
    static List<String> keys() {
        return Arrays.stream(Indicator.values()).map(i -> PREFIX + i.code()).toList();
    }

    static HealthyThresholds read(
            Properties props, String tenant, BigDecimal breakerThreshold, HealthyThresholds thresholds, Path file) {
        HealthyThresholds read = thresholds;
        if (breakerThreshold != null) {
            read = read.with(tenant, Indicator.BREAKPOINT_RATE, Healthy.atMost(breakerThreshold.doubleValue()));
        }
        for (Indicator indicator : Indicator.values()) {
            String key = tenant + "." + PREFIX + indicator.code();
            String value = props.getProperty(key);
            if (value != null) {
                read = read.with(tenant, indicator, healthy(value.strip(), indicator, key, file));
            }
        }
        return read;
    }

    private static Healthy healthy(String value, Indicator indicator, String key, Path file) {
        try {
            return Healthy.parse(value, indicator);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " in " + file + ": " + e.getMessage());
        }
    }
}
