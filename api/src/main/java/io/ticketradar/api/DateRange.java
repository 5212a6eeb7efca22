package io.ticketradar.api;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The tenant days from {@code from} to {@code to} inclusive, both required, at most {@value #MAX_DAYS} of them: a
 * yearly chart, never an unbounded scan.
 */
record DateRange(LocalDate from, LocalDate to) {

    static final int MAX_DAYS = 366;

    static DateRange of(Context ctx) {
        LocalDate from = QueryParams.requiredDate(ctx, "from");
        LocalDate to = QueryParams.requiredDate(ctx, "to");
        if (from.isAfter(to)) {
            throw ApiException.badParameter(
                    "from", "parameter 'from' (" + from + ") must not be after 'to' (" + to + ")");
        }
        long span = ChronoUnit.DAYS.between(from, to) + 1;
        if (span > MAX_DAYS) {
            throw ApiException.badParameter(
                    "to",
                    "parameter 'to' is too far after 'from': " + from + " to " + to + " spans " + span
                            + " days, at most " + MAX_DAYS + " per request");
        }
        return new DateRange(from, to);
    }

    /** Every day of the range, in order. */
    List<LocalDate> days() {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
