package io.ticketradar.pipelines.breaker;

import io.ticketradar.pipelines.indicators.Figures;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.indicators.IndicatorRow;
import io.ticketradar.warehouse.tables.Regions;
import org.apache.flink.api.common.functions.util.ListCollector;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class BreakpointRatesFromTest {

    private static final LocalDate DAY = LocalDate.of(2026, 1, 5);

    @Test
    void keepsOnlyTheTenantsOverallBreakpointRate() {
        List<DailyBreakpointRate> out = new ArrayList<>();
        BreakpointRatesFrom rates = new BreakpointRatesFrom();
        for (IndicatorRow row : List.of(
                row(Indicator.BREAKPOINT_RATE, Regions.ALL, 12, 100),
                row(Indicator.BREAKPOINT_RATE, "华东", 5, 40),
                row(Indicator.FIRST_RESPONSE_COMPLIANCE, Regions.ALL, 90, 100))) {
            rates.flatMap(row, new ListCollector<>(out));
        }
        assertEquals(List.of(new DailyBreakpointRate("t1", DAY, 12, 100)), out);
    }

    private static IndicatorRow row(Indicator indicator, String region, double numerator, double denominator) {
        return new IndicatorRow(
                "t1", DAY, region, "", indicator, new Figures(numerator, denominator, numerator / denominator), 0L, 1L);
    }
}
