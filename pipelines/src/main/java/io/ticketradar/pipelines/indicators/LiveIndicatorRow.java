package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.policy.JudgeByPolicy;

/**
 * One row of {@code health_indicators_live}: an indicator over the rolling 24 h before {@code computedAt}.
 *
 * @param windowStart epoch ms, inclusive
 * @param computedAt  epoch ms of event time, the window's exclusive end
 * @param healthy     the tenant's threshold in force at its end; null until the row is judged ({@code JudgeByPolicy})
 */
public record LiveIndicatorRow(
        String tenantId,
        String region,
        Indicator indicator,
        Figures figures,
        long windowStart,
        long computedAt,
        Healthy healthy)
        implements JudgeByPolicy.Judged<LiveIndicatorRow> {

    public LiveIndicatorRow(
            String tenantId, String region, Indicator indicator, Figures figures, long windowStart, long computedAt) {
        this(tenantId, region, indicator, figures, windowStart, computedAt, null);
    }

    @Override
    public LiveIndicatorRow judged(Healthy threshold) {
        return new LiveIndicatorRow(tenantId, region, indicator, figures, windowStart, computedAt, threshold);
    }
}
