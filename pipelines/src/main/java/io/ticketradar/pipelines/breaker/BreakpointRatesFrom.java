package io.ticketradar.pipelines.breaker;

import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.indicators.IndicatorRow;
import io.ticketradar.warehouse.tables.Regions;
import org.apache.flink.api.common.functions.FlatMapFunction;
import org.apache.flink.util.Collector;

/** Picks each tenant's overall daily breakpoint rate out of the daily indicator rows, for the breaker. */
public final class BreakpointRatesFrom implements FlatMapFunction<IndicatorRow, DailyBreakpointRate> {

    @Override
    public void flatMap(IndicatorRow row, Collector<DailyBreakpointRate> out) {
        if (row.indicator() == Indicator.BREAKPOINT_RATE
                && Regions.ALL.equals(row.region())
                && row.engineerId().isEmpty()) {
            out.collect(new DailyBreakpointRate(
                    row.tenantId(),
                    row.day(),
                    Math.round(row.figures().numerator()),
                    Math.round(row.figures().denominator())));
        }
    }
}
