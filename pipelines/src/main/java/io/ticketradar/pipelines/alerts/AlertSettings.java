package io.ticketradar.pipelines.alerts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Alerting configuration of all tenants: the circuit breaker's thresholds, the webhooks, and how deliveries
 * are retried. A tenant without an entry gets the default threshold and no webhooks: no endpoint ever
 * receives the alerts of a tenant it was not configured for. (Tenants' time zones are in
 * {@link io.ticketradar.pipelines.TenantZones}, shared with the indicator jobs.)
 *
 * @param defaultThreshold the breakpoint threshold of tenants without an entry, as a fraction
 * @param tenants          entries by tenant id
 * @param delivery         how webhook deliveries are retried and bounded
 */
public record AlertSettings(BigDecimal defaultThreshold, Map<String, TenantAlerts> tenants, WebhookPolicy delivery)
        implements Serializable {

    /** DOMAIN.md §4: the breakpoint rate is healthy at or under 5%. */
    public static final BigDecimal DEFAULT_BREAKPOINT_THRESHOLD = new BigDecimal("0.05");

    public AlertSettings {
        TenantAlerts.checkThreshold(defaultThreshold);
        Objects.requireNonNull(delivery, "delivery");
        tenants = Map.copyOf(tenants);
    }

    /** 5%, no tenant entries, {@link WebhookPolicy#defaults()}. */
    public static AlertSettings defaults() {
        return new AlertSettings(DEFAULT_BREAKPOINT_THRESHOLD, Map.of(), WebhookPolicy.defaults());
    }

    public AlertSettings withTenant(String tenantId, TenantAlerts tenant) {
        Map<String, TenantAlerts> all = new HashMap<>(tenants);
        all.put(tenantId, tenant);
        return new AlertSettings(defaultThreshold, all, delivery);
    }

    public AlertSettings withDelivery(WebhookPolicy policy) {
        return new AlertSettings(defaultThreshold, tenants, policy);
    }

    public BigDecimal thresholdOf(String tenantId) {
        TenantAlerts tenant = tenants.get(tenantId);
        return tenant == null ? defaultThreshold : tenant.breakpointThreshold();
    }

    public List<Webhook> webhooksOf(String tenantId) {
        TenantAlerts tenant = tenants.get(tenantId);
        return tenant == null ? List.of() : tenant.webhooks();
    }
}
