package io.ticketradar.pipelines;

import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.lifecycle.SlaPolicies;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How the lifecycle and indicator jobs keep time.
 *
 * @param zones             each tenant's time zone, for calendar days
 * @param slas              each tenant's service levels: first response, breakpoint stay, resolution by priority
 * @param thresholds        each tenant's healthy thresholds, where it has its own
 * @param dailyRefresh      event time between two writes of a day's changed indicator rows
 * @param liveRefresh       event time between two computations of the rolling 24 h values (DOMAIN.md §4: at
 *                          least every minute). Replays of history may coarsen it: every refresh writes a row
 *                          per tenant, region and indicator
 * @param correctionHorizon how long after its last event a ticket that never closed is kept, and how long after a
 *                          day ends its indicator rows can still be corrected; later changes are counted, not applied
 */
public record IndicatorSettings(
        TenantZones zones,
        SlaPolicies slas,
        HealthyThresholds thresholds,
        Duration dailyRefresh,
        Duration liveRefresh,
        Duration correctionHorizon)
        implements Serializable {

    public IndicatorSettings {
        Objects.requireNonNull(zones, "zones");
        Objects.requireNonNull(slas, "slas");
        Objects.requireNonNull(thresholds, "thresholds");
        requirePositive(dailyRefresh, "dailyRefresh");
        requirePositive(liveRefresh, "liveRefresh");
        requirePositive(correctionHorizon, "correctionHorizon");
    }

    /** Asia/Shanghai, the spec's service levels, rows refreshed every minute, corrections for 90 days. */
    public static IndicatorSettings defaults() {
        return new IndicatorSettings(
                TenantZones.defaults(),
                SlaPolicies.defaults(),
                HealthyThresholds.defaults(),
                Duration.ofMinutes(1),
                Duration.ofMinutes(1),
                Duration.ofDays(90));
    }

    public IndicatorSettings withZones(TenantZones newZones) {
        return new IndicatorSettings(newZones, slas, thresholds, dailyRefresh, liveRefresh, correctionHorizon);
    }

    public IndicatorSettings withSlas(SlaPolicies newSlas) {
        return new IndicatorSettings(zones, newSlas, thresholds, dailyRefresh, liveRefresh, correctionHorizon);
    }

    public IndicatorSettings withThresholds(HealthyThresholds newThresholds) {
        return new IndicatorSettings(zones, slas, newThresholds, dailyRefresh, liveRefresh, correctionHorizon);
    }

    public IndicatorSettings withRefresh(Duration daily, Duration live) {
        return new IndicatorSettings(zones, slas, thresholds, daily, live, correctionHorizon);
    }

    private static void requirePositive(Duration d, String name) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(name + " must be a positive duration: " + d);
        }
    }
}
