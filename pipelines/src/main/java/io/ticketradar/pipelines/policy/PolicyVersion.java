package io.ticketradar.pipelines.policy;

import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One adopted version of a tenant's policy: its service levels, the healthy threshold of every indicator (the
 * breakpoint rate's is the circuit breaker's too) and the webhooks its alerts go to, in force for what happens from
 * {@code effectiveFrom} on.
 *
 * @param version       1, 2, ... in adoption order; 0 is the start-up configuration
 * @param effectiveFrom facts from this moment on are judged by it: tickets opened then or later, days starting then
 *                      or later
 */
public record PolicyVersion(
        long version,
        Instant effectiveFrom,
        Instant adoptedAt,
        String adoptedBy,
        SlaPolicy sla,
        Map<Indicator, Healthy> healthy,
        List<Webhook> webhooks)
        implements Serializable {

    public PolicyVersion {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(sla, "sla");
        Map<Indicator, Healthy> every = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            every.put(indicator, healthy.getOrDefault(indicator, indicator.healthy()));
        }
        healthy = Map.copyOf(every);
        webhooks = List.copyOf(webhooks);
    }

    public Healthy healthyOf(Indicator indicator) {
        return healthy.get(indicator);
    }

    /** The circuit breaker's threshold: the breakpoint rate's healthy one, so the gauge and the breaker agree. */
    public BigDecimal breakpointThreshold() {
        return BigDecimal.valueOf(healthyOf(Indicator.BREAKPOINT_RATE).threshold());
    }
}
