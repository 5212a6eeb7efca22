package io.ticketradar.pipelines.dispatch;

import java.time.Duration;

/**
 * (3) An engineer who took {@code ticketsInARow} tickets of a team in a row is skipped for {@code rest}, so that one
 * person does not take a whole wave.
 */
public record StreakRule(int ticketsInARow, Duration rest) {

    /** The spec's numbers (DOMAIN.md §7): 5 in a row, 2 hours. */
    public static final StreakRule DEFAULT = new StreakRule(5, Duration.ofHours(2));
}
