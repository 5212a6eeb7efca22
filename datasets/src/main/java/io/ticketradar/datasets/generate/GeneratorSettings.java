package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.scenario.Scenario;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.world.Tenant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * What to generate.
 *
 * @param days  days of ticket creation, or null for an endless stream (the live demo); lifecycles of the
 *              last days' tickets run on past the end, so every generated ticket is complete
 * @param zone  the tenants' time zone: days, working hours and {@code ts} offsets are in it
 */
public record GeneratorSettings(
        List<String> tenantIds,
        LocalDate start,
        Integer days,
        int ticketsPerDay,
        long seed,
        Scenario scenario,
        ZoneId zone) {

    public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    /** The two makers the demo shows. */
    public static final List<String> DEMO_TENANTS = Tenant.defaultIds(2);
    /**
     * The demo starts this many days back: the detector reports nothing before 28 days of history, and the demo's
     * patterns start 14, 21 and 28 days in, so eight weeks give the last of them four weeks to show.
     */
    public static final int DEMO_HISTORY_DAYS = 56;

    public GeneratorSettings {
        tenantIds = List.copyOf(tenantIds);
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(scenario, "scenario");
        Objects.requireNonNull(zone, "zone");
        if (tenantIds.isEmpty()) {
            throw new IllegalArgumentException("at least one tenant is needed");
        }
        Tenant.of(tenantIds); // validates ids early
        if (days != null && days < 1) {
            throw new IllegalArgumentException("days must be at least 1, got " + days);
        }
        if (ticketsPerDay < 1) {
            throw new IllegalArgumentException("tickets per day must be at least 1, got " + ticketsPerDay);
        }
    }

    /** {@code tenants} default tenants (the model customer first), Asia/Shanghai. */
    public static GeneratorSettings of(
            int tenants, LocalDate start, int days, int ticketsPerDay, long seed, Scenario scenario) {
        return new GeneratorSettings(Tenant.defaultIds(tenants), start, days, ticketsPerDay, seed, scenario, CHINA);
    }

    /** The demo: two makers, the model customer's ticket rate, starting {@link #DEMO_HISTORY_DAYS} ago, never ending. */
    public static GeneratorSettings demo(Clock clock, long seed) {
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        return new GeneratorSettings(
                DEMO_TENANTS, today.minusDays(DEMO_HISTORY_DAYS), null, 120, seed, Scenarios.load("before"), CHINA);
    }

    public boolean endless() {
        return days == null;
    }

    public Instant startInstant() {
        return start.atStartOfDay(zone).toInstant();
    }

    /** The end of ticket creation, or null when endless. */
    public Instant endInstant() {
        return days == null ? null : start.plusDays(days).atStartOfDay(zone).toInstant();
    }

    public GeneratorSettings withScenario(Scenario other) {
        return new GeneratorSettings(tenantIds, start, days, ticketsPerDay, seed, other, zone);
    }

    public GeneratorSettings withDays(Integer otherDays) {
        return new GeneratorSettings(tenantIds, start, otherDays, ticketsPerDay, seed, scenario, zone);
    }
}
