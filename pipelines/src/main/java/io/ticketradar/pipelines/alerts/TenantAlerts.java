package io.ticketradar.pipelines.alerts;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * One tenant's alerting configuration.
 *
 * @param breakpointThreshold the circuit breaker's threshold as a fraction (0.05 = 5%); a day whose breakpoint
 *                            rate is strictly above it is "over"
 * @param webhooks            where its alerts are posted (none is fine)
 */
public record TenantAlerts(BigDecimal breakpointThreshold, List<Webhook> webhooks) implements Serializable {

    public TenantAlerts {
        checkThreshold(breakpointThreshold);
        webhooks = List.copyOf(webhooks);
    }

    static void checkThreshold(BigDecimal threshold) {
        Objects.requireNonNull(threshold, "threshold");
        if (threshold.signum() < 0 || threshold.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException("a breakpoint threshold is a fraction in [0, 1]: " + threshold);
        }
    }
}
