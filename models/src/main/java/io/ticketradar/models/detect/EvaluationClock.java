package io.ticketradar.models.detect;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * When a tenant's patterns are evaluated: every {@code interval} of event time from its local midnight, the last of
 * each day at the day's end (so every day is evaluated with all of its data, and {@code detected_on} is exact to the
 * day). While event time races through history (a backfill), an evaluation whose next one is already due is skipped,
 * except the day's last: catching up costs one evaluation per day, not one per hour.
 */
public record EvaluationClock(ZoneId zone, Duration interval) implements Serializable {

    public EvaluationClock {
        if (interval.isNegative() || interval.isZero() || Duration.ofDays(1).toMillis() % interval.toMillis() != 0) {
            throw new IllegalArgumentException("the evaluation interval must divide a day: " + interval);
        }
    }

    /** The first evaluation instant strictly after {@code t}. */
    public Instant next(Instant t) {
        ZonedDateTime local = t.atZone(zone);
        ZonedDateTime midnight = local.toLocalDate().atStartOfDay(zone);
        long step = interval.toMillis();
        long since = Duration.between(midnight, local).toMillis();
        ZonedDateTime candidate = midnight.plus(Duration.ofMillis((since / step + 1) * step));
        ZonedDateTime nextMidnight = local.toLocalDate().plusDays(1).atStartOfDay(zone);
        return (candidate.isAfter(nextMidnight) ? nextMidnight : candidate).toInstant();
    }

    /** The day an evaluation at {@code t} is of: an evaluation at midnight closes the day before. */
    public LocalDate dayOf(Instant t) {
        return t.minusMillis(1).atZone(zone).toLocalDate();
    }

    /** Whether to evaluate at {@code due} when event time has already reached {@code watermark}. */
    public boolean worthEvaluating(Instant due, Instant watermark) {
        return closesDay(due) || next(due).isAfter(watermark);
    }

    /** Whether an evaluation at {@code due} is a day's last (at the local midnight that ends it). */
    public boolean closesDay(Instant due) {
        return due.atZone(zone).toLocalTime().toSecondOfDay() == 0;
    }
}
