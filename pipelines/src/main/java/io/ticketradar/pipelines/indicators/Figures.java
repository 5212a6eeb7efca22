package io.ticketradar.pipelines.indicators;

/** What a row of an indicator shows; {@code value} is null when there is nothing to divide by. */
public record Figures(double numerator, double denominator, Double value) {}
