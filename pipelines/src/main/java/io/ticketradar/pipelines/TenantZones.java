package io.ticketradar.pipelines;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The time zone of each tenant, in which its calendar days begin and end (DOMAIN.md §4: a ticket
 * belongs to the day it was created, in the tenant's zone; the default is Asia/Shanghai).
 *
 * @param byTenant zones of the tenants that do not use the default
 */
public record TenantZones(ZoneId defaultZone, Map<String, ZoneId> byTenant) implements Serializable {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public TenantZones {
        Objects.requireNonNull(defaultZone, "defaultZone");
        byTenant = Map.copyOf(byTenant);
    }

    /** Every tenant in Asia/Shanghai. */
    public static TenantZones defaults() {
        return new TenantZones(DEFAULT_ZONE, Map.of());
    }

    public TenantZones with(String tenantId, ZoneId zone) {
        Map<String, ZoneId> all = new HashMap<>(byTenant);
        all.put(tenantId, zone);
        return new TenantZones(defaultZone, all);
    }

    public ZoneId zoneOf(String tenantId) {
        return byTenant.getOrDefault(tenantId, defaultZone);
    }

    /** The tenant's calendar day that {@code instant} falls on. */
    public LocalDate dayOf(String tenantId, Instant instant) {
        return LocalDate.ofInstant(instant, zoneOf(tenantId));
    }

    /** The first instant of the tenant's calendar day {@code day}. */
    public Instant startOf(String tenantId, LocalDate day) {
        return day.atStartOfDay(zoneOf(tenantId)).toInstant();
    }

    /** The first instant of the tenant's calendar day after {@code day}: where {@code day} ends, exclusive. */
    public Instant endOf(String tenantId, LocalDate day) {
        return startOf(tenantId, day.plusDays(1));
    }
}
