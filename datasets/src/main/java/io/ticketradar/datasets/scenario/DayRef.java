package io.ticketradar.datasets.scenario;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;

/**
 * A day in a scenario: absolute (2025-01-20) or relative to the data's first day (+21d), so built-ins fit any
 * start. Seasonal decoys may also name a month-day (11-15) that comes back every year.
 */
public final class DayRef {
    private static final String FORMS = ": expected +<days>d, YYYY-MM-DD or (for seasons) MM-DD";

    private DayRef() {}

    public static LocalDate resolve(String ref, LocalDate start) {
        String text = ref.trim();
        if (text.startsWith("+")) {
            String days = text.substring(1).replaceFirst("d$", "");
            try {
                return start.plusDays(Long.parseLong(days));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad day " + ref + FORMS);
            }
        }
        if (isAnnual(text)) {
            throw new IllegalArgumentException("bad day " + ref + ": a month-day only fits a seasonal decoy");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad day " + ref + FORMS);
        }
    }

    /** Whether the day comes back every year (MM-DD). */
    public static boolean isAnnual(String ref) {
        return ref.trim().matches("\\d{2}-\\d{2}");
    }

    /** The month-day of an annual day. */
    public static MonthDay monthDay(String ref) {
        try {
            return MonthDay.parse("--" + ref.trim());
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("bad day " + ref + FORMS);
        }
    }
}
