package io.ticketradar.datasets.scenario;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** A day in a scenario: absolute (2025-01-20) or relative to the data's first day (+21d), so built-ins fit any start. */
public final class DayRef {
    private DayRef() {}

    public static LocalDate resolve(String ref, LocalDate start) {
        String text = ref.trim();
        if (text.startsWith("+")) {
            String days = text.substring(1).replaceFirst("d$", "");
            try {
                return start.plusDays(Long.parseLong(days));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad day " + ref + ": expected +<days>d or YYYY-MM-DD");
            }
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("bad day " + ref + ": expected +<days>d or YYYY-MM-DD");
        }
    }
}
