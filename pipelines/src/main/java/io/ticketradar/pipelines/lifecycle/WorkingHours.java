package io.ticketradar.pipelines.lifecycle;

import java.io.Serializable;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Working hours per weekday, in local time: {@code MON-FRI 09:00-12:00,13:00-18:00; SAT 09:00-12:00}. Groups of
 * weekdays ({@code MON-FRI}, {@code SAT,SUN} or one day) each with one or more intervals (a lunch break is a gap
 * between two); {@code 24:00} is the end of the day; a weekday not named is off. {@link #parse} refuses anything
 * else with a message saying what is wrong; {@link #toString} writes the form it reads.
 */
public final class WorkingHours implements Serializable {

    private static final long serialVersionUID = 1L;

    static final int[] NONE = new int[0];
    static final int DAY_MILLIS = 86_400_000;
    private static final String EXAMPLE = " (e.g. MON-FRI 09:00-12:00,13:00-18:00)";

    /**
     * Per {@link DayOfWeek#ordinal()}: [opening, closing) pairs in milliseconds of the day, sorted, not overlapping.
     */
    private final int[][] week;

    private WorkingHours(int[][] week) {
        this.week = week;
        if (weekMillis() == 0) {
            throw new IllegalArgumentException("no working hours in the week" + EXAMPLE);
        }
    }

    /** @throws IllegalArgumentException saying what is wrong with the text */
    public static WorkingHours parse(String text) {
        int[][] week = new int[7][];
        for (String group : text.strip().split("\\s*;\\s*")) {
            if (group.isEmpty()) {
                continue;
            }
            String[] daysAndTimes = group.split("\\s+", 2);
            if (daysAndTimes.length < 2) {
                throw new IllegalArgumentException("'" + group + "' gives no times" + EXAMPLE);
            }
            int[] intervals = intervals(daysAndTimes[1]);
            for (DayOfWeek day : days(daysAndTimes[0])) {
                if (week[day.ordinal()] != null) {
                    throw new IllegalArgumentException(day + " is given twice");
                }
                week[day.ordinal()] = intervals;
            }
        }
        for (int d = 0; d < 7; d++) {
            if (week[d] == null) {
                week[d] = NONE;
            }
        }
        return new WorkingHours(week);
    }

    /** The day's [opening, closing) pairs in milliseconds of the day. */
    int[] of(DayOfWeek day) {
        return week[day.ordinal()];
    }

    /** The hours of an extra working day (调休): those of the first weekday that has any. */
    int[] ofWorkday() {
        return Arrays.stream(week).filter(h -> h.length > 0).findFirst().orElse(NONE);
    }

    /** Working milliseconds in a week without holidays or clock changes. */
    long weekMillis() {
        long sum = 0;
        for (int[] day : week) {
            for (int i = 0; i < day.length; i += 2) {
                sum += day[i + 1] - day[i];
            }
        }
        return sum;
    }

    /** Every hour of every day. */
    boolean always() {
        return weekMillis() == 7L * DAY_MILLIS;
    }

    private static List<DayOfWeek> days(String text) {
        List<DayOfWeek> days = new ArrayList<>();
        for (String part : text.split(",")) {
            String[] range = part.split("-", -1);
            if (range.length > 2) {
                throw new IllegalArgumentException("'" + part + "' is not a weekday or a range such as MON-FRI");
            }
            DayOfWeek from = day(range[0]);
            DayOfWeek to = range.length == 2 ? day(range[1]) : from;
            if (to.compareTo(from) < 0) {
                throw new IllegalArgumentException("'" + part + "' runs backwards; weeks run MON to SUN");
            }
            IntStream.rangeClosed(from.ordinal(), to.ordinal()).forEach(d -> days.add(DayOfWeek.values()[d]));
        }
        return days;
    }

    private static DayOfWeek day(String text) {
        String name = text.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(DayOfWeek.values())
                .filter(d -> name.length() == 3 && d.name().startsWith(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "'" + text.strip() + "' is not a weekday (MON, TUE, WED, THU, FRI, SAT, SUN)"));
    }

    private static int[] intervals(String text) {
        List<int[]> intervals = new ArrayList<>();
        for (String part : text.split("\\s*,\\s*")) {
            String[] ends = part.strip().split("\\s*-\\s*", -1);
            if (ends.length != 2) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not an interval such as 09:00-18:00");
            }
            int open = time(ends[0]);
            int close = time(ends[1]);
            if (close <= open) {
                throw new IllegalArgumentException("'" + part.strip() + "' does not end after it starts");
            }
            intervals.add(new int[] {open, close});
        }
        intervals.sort((a, b) -> Integer.compare(a[0], b[0]));
        int[] flat = new int[intervals.size() * 2];
        for (int i = 0; i < intervals.size(); i++) {
            if (i > 0 && intervals.get(i)[0] < intervals.get(i - 1)[1]) {
                throw new IllegalArgumentException("'" + text.strip() + "' has overlapping intervals");
            }
            flat[2 * i] = intervals.get(i)[0];
            flat[2 * i + 1] = intervals.get(i)[1];
        }
        return flat;
    }

    private static int time(String text) {
        if (text.equals("24:00")) {
            return DAY_MILLIS;
        }
        try {
            return (int) (LocalTime.parse(text).toNanoOfDay() / 1_000_000);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text + "' is not a time of day such as 09:00 (or 24:00)");
        }
    }

    private static String time(int millisOfDay) {
        return millisOfDay == DAY_MILLIS
                ? "24:00"
                : LocalTime.ofNanoOfDay(millisOfDay * 1_000_000L).toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingHours h && Arrays.deepEquals(week, h.week);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(week);
    }

    /** The form {@link #parse} reads: consecutive weekdays with the same hours grouped. */
    @Override
    public String toString() {
        List<String> groups = new ArrayList<>();
        DayOfWeek[] days = DayOfWeek.values();
        for (int d = 0; d < 7; ) {
            int end = d;
            while (end + 1 < 7 && Arrays.equals(week[end + 1], week[d])) {
                end++;
            }
            if (week[d].length > 0) {
                List<String> intervals = new ArrayList<>();
                for (int i = 0; i < week[d].length; i += 2) {
                    intervals.add(time(week[d][i]) + "-" + time(week[d][i + 1]));
                }
                String span = end == d ? abbreviation(days[d]) : abbreviation(days[d]) + "-" + abbreviation(days[end]);
                groups.add(span + " " + String.join(",", intervals));
            }
            d = end + 1;
        }
        return String.join("; ", groups);
    }

    private static String abbreviation(DayOfWeek day) {
        return day.name().substring(0, 3);
    }
}
