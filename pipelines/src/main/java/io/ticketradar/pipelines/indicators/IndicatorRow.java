package io.ticketradar.pipelines.indicators;

import java.time.LocalDate;

/**
 * One row of {@code health_indicators}.
 *
 * @param asOf    the event time (epoch ms) it was computed at
 * @param version increases with every re-computation of the row, so the newest wins
 */
public record IndicatorRow(
        String tenantId,
        LocalDate day,
        String region,
        String engineerId,
        Indicator indicator,
        Figures figures,
        long asOf,
        long version) {}
