package io.ticketradar.pipelines.indicators;

/**
 * A change to one indicator's tallies caused by one ticket: the record the indicator aggregations sum.
 * For sums (ratios, means) numerator and denominator are deltas, negative when a ticket's old share is
 * retracted. For percentiles, numerator is a sample (ms) and denominator +1 adds it, -1 removes it.
 *
 * @param anchor     epoch ms deciding the day and the live window (see {@link Part#anchor()})
 * @param engineerId "" unless the indicator is per engineer
 */
public record Contribution(
        String tenantId,
        Indicator indicator,
        long anchor,
        String region,
        String engineerId,
        long numerator,
        long denominator) {

    static Contribution add(String tenantId, Indicator indicator, String region, String engineerId, Part part) {
        return new Contribution(
                tenantId, indicator, part.anchor(), region, engineerId, part.numerator(), part.denominator());
    }

    static Contribution retract(String tenantId, Indicator indicator, String region, String engineerId, Part part) {
        long numerator = indicator.measure().keepsSamples() ? part.numerator() : -part.numerator();
        return new Contribution(tenantId, indicator, part.anchor(), region, engineerId, numerator, -part.denominator());
    }
}
