package io.ticketradar.pipelines.lifecycle;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Service-level durations as people write them: a whole number of minutes ({@code 90m}), hours ({@code 4h}) or days
 * ({@code 3d}, calendar days of 24 h). The tenants file and the policy API read and write them alike.
 */
public final class SlaDurations {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})\\s*([mhd])");

    private SlaDurations() {}

    /** The duration {@code text} says; IllegalArgumentException saying what is wrong otherwise. */
    public static Duration parse(String text) {
        Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
            throw new IllegalArgumentException(
                    "'" + text.strip() + "' is not a positive duration in minutes, hours or days (e.g. 90m, 4h, 3d)");
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofDays(n);
        };
    }

    /** The shortest text {@link #parse} reads back as {@code d}, in the largest whole unit. */
    public static String format(Duration d) {
        long minutes = d.toMinutes();
        if (minutes % (24 * 60) == 0) {
            return minutes / (24 * 60) + "d";
        }
        return minutes % 60 == 0 ? minutes / 60 + "h" : minutes + "m";
    }
}
