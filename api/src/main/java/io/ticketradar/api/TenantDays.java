package io.ticketradar.api;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * Which calendar day it is for a tenant, in the tenant's zone (DOMAIN.md §4: days are the tenant's, by
 * default Asia/Shanghai), for parameters that default to today. Give it the same zones as the pipelines.
 *
 * @param byTenant zones of the tenants that do not use {@code defaultZone}
 */
public record TenantDays(Clock clock, ZoneId defaultZone, Map<String, ZoneId> byTenant) {

    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

    public TenantDays {
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(defaultZone, "defaultZone");
        byTenant = Map.copyOf(byTenant);
    }

    /** Every tenant in Asia/Shanghai, on the system clock. */
    public static TenantDays defaults() {
        return new TenantDays(Clock.systemUTC(), DEFAULT_ZONE, Map.of());
    }

    LocalDate today(String tenantId) {
        return LocalDate.now(clock.withZone(zoneOf(tenantId)));
    }

    /** The zone whose calendar days the tenant's rows are counted in. */
    ZoneId zoneOf(String tenantId) {
        return byTenant.getOrDefault(tenantId, defaultZone);
    }
}
