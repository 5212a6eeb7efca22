package io.ticketradar.app;

import io.ticketradar.events.Priority;
import io.ticketradar.pipelines.lifecycle.SlaDurations;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import io.ticketradar.pipelines.lifecycle.WorkingCalendar;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
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
 * A duration is a whole number of minutes ({@code m}), hours ({@code h}) or days ({@code d}) of 24 h. They run
 * 24x7 unless the tenant gives business hours ({@link CalendarKeys}: {@code sla.hours}, {@code sla.holidays},
 * {@code sla.workdays}); then they are working time, so write them in hours: {@code 3d} is 72 working hours, not
 * three working days.
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

    /** The tenant's policy, its business hours in its zone, or empty when it sets none of the keys. */
    static Optional<SlaPolicy> read(Properties props, String tenant, ZoneId zone, Path file) {
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
        Optional<WorkingCalendar> calendar = CalendarKeys.read(props, tenant, zone, file);
        if (calendar.isPresent()) {
            try {
                return Optional.of(policy.withCalendar(calendar.get()));
            } catch (IllegalArgumentException e) {
                throw new ConfigException(tenant + ".sla.hours in " + file + ": " + e.getMessage());
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
