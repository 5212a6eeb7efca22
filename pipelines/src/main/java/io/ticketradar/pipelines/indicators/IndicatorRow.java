package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.policy.JudgeByPolicy;

import java.time.LocalDate;

/**
 * One row of {@code health_indicators}.
 *
 * @param asOf    the event time (epoch ms) it was computed at
 * @param version increases with every re-computation of the row, so the newest wins
 * @param healthy the tenant's threshold in force that day; null until the row is judged ({@code JudgeByPolicy})
 */
public record IndicatorRow(
        String tenantId,
        LocalDate day,
        String region,
        String engineerId,
        Indicator indicator,
        Figures figures,
        long asOf,
        long version,
        Healthy healthy)
        implements JudgeByPolicy.Judged<IndicatorRow> {

    public IndicatorRow(
            String tenantId,
            LocalDate day,
            String region,
            String engineerId,
            Indicator indicator,
            Figures figures,
            long asOf,
            long version) {
        this(tenantId, day, region, engineerId, indicator, figures, asOf, version, null);
    }

    @Override
    public IndicatorRow judged(Healthy threshold) {
        return new IndicatorRow(tenantId, day, region, engineerId, indicator, figures, asOf, version, threshold);
    }
}
