package io.ticketradar.models.cases;

import java.time.LocalDate;
import java.time.Period;

/** A device's age when a case was created, in bands a person reads: the age code of a case. */
public final class AgeBands {

    private AgeBands() {}

    /** The band, e.g. {@code 6-12m}; "" when the production date is unknown or after the case. */
    public static String of(LocalDate produced, LocalDate on) {
        if (produced == null || on.isBefore(produced)) {
            return "";
        }
        long months = Period.between(produced, on).toTotalMonths();
        if (months < 6) {
            return "<6m";
        }
        if (months < 12) {
            return "6-12m";
        }
        if (months < 24) {
            return "1-2y";
        }
        if (months < 36) {
            return "2-3y";
        }
        return ">=3y";
    }
}
