package io.ticketradar.pipelines.indicators;

/**
 * One row of {@code health_indicators_live}: an indicator over the rolling 24 h before {@code computedAt}.
 *
 * @param windowStart epoch ms, inclusive
 * @param computedAt  epoch ms of event time, the window's exclusive end
 */
public record LiveIndicatorRow(
        String tenantId, String region, Indicator indicator, Figures figures, long windowStart, long computedAt) {}
