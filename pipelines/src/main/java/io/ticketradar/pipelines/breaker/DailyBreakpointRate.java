package io.ticketradar.pipelines.breaker;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;

/**
 * A tenant's breakpoint rate (跨域协同断点率, DOMAIN.md §4) for one calendar day in the tenant's zone, over
 * all regions: tickets of the day's cohort that stayed over 4 h in one stage / tickets of the cohort. The
 * same day may come again with new values while it is not final; the latest one counts.
 */
public record DailyBreakpointRate(String tenantId, LocalDate day, long numerator, long denominator) {

    /** A day without tickets has no rate: it is neither over nor under. */
    public boolean hasTickets() {
        return denominator > 0;
    }

    /** Strictly above the threshold (a fraction), compared exactly: 5 of 100 is not over 5%. */
    public boolean isOver(BigDecimal threshold) {
        return hasTickets()
                && BigDecimal.valueOf(numerator).compareTo(threshold.multiply(BigDecimal.valueOf(denominator))) > 0;
    }

    /** The rate as a fraction with 4 decimals (0.0725), for messages; 0 without tickets. */
    public BigDecimal rate() {
        return hasTickets()
                ? BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP)
                : BigDecimal.ZERO;
    }
}
