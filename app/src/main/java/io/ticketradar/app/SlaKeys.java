package io.ticketradar.app;

import io.ticketradar.events.Priority;
import io.ticketradar.pipelines.lifecycle.SlaDurations;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * A tenant's own service levels in the tenants file; each key left out keeps the spec's value (first response 2 h,
 * breakpoint stay 4 h, resolution P1 24 h, P2 48 h, P3 72 h, P4 120 h):
 * <pre>
 * acme.sla.first-response = 4h
 * acme.sla.breakpoint-stay = 8h
 * acme.sla.resolution.P1 = 3d
 * acme.sla.resolution.P3 = 90m
 * </pre>
 * A duration is a whole number of minutes ({@code m}), hours ({@code h}) or days ({@code d}). Days are calendar
 * days of 24 h, not business days: business hours and holidays are not modelled.
 */
final class SlaKeys {

    private static final String FIRST_RESPONSE = "sla.first-response";
    private static final String BREAKPOINT_STAY = "sla.breakpoint-stay";
    private static final String RESOLUTION = "sla.resolution.";

    private SlaKeys() {}

    /** The key suffixes after {@code <tenant>.}. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of(FIRST_RESPONSE, BREAKPOINT_STAY));
        for (Priority p : Priority.values()) {
            keys.add(RESOLUTION + p.name());
        }
        return keys;
    }

    /** The tenant's policy, or empty when it sets none of the keys. */
    static Optional<SlaPolicy> read(Properties props, String tenant, Path file) {
        SlaPolicy policy = SlaPolicy.DEFAULT;
        boolean any = false;
        String firstResponse = props.getProperty(tenant + "." + FIRST_RESPONSE);
        if (firstResponse != null) {
            policy = policy.withFirstResponse(duration(firstResponse, tenant + "." + FIRST_RESPONSE, file));
            any = true;
        }
        String stay = props.getProperty(tenant + "." + BREAKPOINT_STAY);
        if (stay != null) {
            policy = policy.withBreakpointStay(duration(stay, tenant + "." + BREAKPOINT_STAY, file));
            any = true;
        }
        for (Priority p : Priority.values()) {
            String key = tenant + "." + RESOLUTION + p.name();
            String resolution = props.getProperty(key);
            if (resolution != null) {
                policy = policy.withResolution(p, duration(resolution, key, file));
                any = true;
            }
        }
        return any ? Optional.of(policy) : Optional.empty();
    }

    private static Duration duration(String value, String key, Path file) {
        try {
            return SlaDurations.parse(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " in " + file + ": " + e.getMessage());
        }
    }
}
