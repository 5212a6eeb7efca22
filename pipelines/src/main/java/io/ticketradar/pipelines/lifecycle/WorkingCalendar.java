package io.ticketradar.pipelines.lifecycle;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.LongStream;

/**
 * The working time a tenant's service levels are counted in (DOMAIN.md §4; issue 10): its working hours per weekday
 * in its zone ({@link WorkingHours}), the holidays it does not work and the extra working days it does (调休: a
 * weekend day worked in place of a day off around the Spring Festival or National Day, with the hours of its first
 * working weekday). A holiday is off whatever its weekday. {@link #ALWAYS} counts every millisecond (24x7).
 *
 * <p>Both operations are exact to the millisecond and skip whole days; working time is the union of half-open
 * intervals [opening, closing) in the zone's local time, so a clock change inside working hours gives that day
 * an hour more or less. {@link #plus} searches at most {@value #SEARCH_WEEKS} weeks plus one per holiday (whole
 * days at a time), which is enough for any target {@link #requireWithinSearch} lets through: at most
 * {@value #TARGET_WEEKS} ordinary weeks' working time.
 *
 * <p>Immutable; primitive arrays inside, so it serializes plainly.
 */
public final class WorkingCalendar implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest target, in ordinary weeks of working time. */
    public static final int TARGET_WEEKS = 100;
    /** How far {@link #plus} searches, in weeks, besides one more per holiday. */
    public static final int SEARCH_WEEKS = 104;
    /** The longest range of dates {@link #parseDates} reads. */
    public static final int LONGEST_RANGE_DAYS = 366;

    /** Every millisecond is working time: the spec's 24x7 service levels. */
    public static final WorkingCalendar ALWAYS =
            new WorkingCalendar(ZoneOffset.UTC, WorkingHours.parse("MON-SUN 00:00-24:00"), List.of(), List.of());

    private final ZoneId zone;
    private final WorkingHours hours;
    /** Sorted epoch days. */
    private final long[] holidays;
    /** Sorted epoch days. */
    private final long[] workdays;
    /** Every millisecond counts: the operations are plain arithmetic. */
    private final boolean always;

    private WorkingCalendar(
            ZoneId zone, WorkingHours hours, Collection<LocalDate> holidays, Collection<LocalDate> workdays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        this.hours = Objects.requireNonNull(hours, "hours");
        this.holidays = epochDays(holidays);
        this.workdays = epochDays(workdays);
        this.always = hours.always() && this.holidays.length == 0;
        for (long day : this.workdays) {
            if (Arrays.binarySearch(this.holidays, day) >= 0) {
                throw new IllegalArgumentException(LocalDate.ofEpochDay(day) + " is both a holiday and a working day");
            }
        }
    }

    /** Working the hours in the zone, without holidays or extra working days. */
    public static WorkingCalendar of(ZoneId zone, WorkingHours hours) {
        return new WorkingCalendar(zone, hours, List.of(), List.of());
    }

    /** The same with these days off (replacing any given before). */
    public WorkingCalendar withHolidays(Collection<LocalDate> days) {
        return new WorkingCalendar(zone, hours, days, dates(workdays));
    }

    /** The same with these extra working days (replacing any given before). */
    public WorkingCalendar withWorkdays(Collection<LocalDate> days) {
        return new WorkingCalendar(zone, hours, dates(holidays), days);
    }

    /**
     * Dates and ranges of dates: {@code 2027-02-06..2027-02-12,2027-04-05} (a range includes both ends and spans at
     * most {@value #LONGEST_RANGE_DAYS} days).
     *
     * @throws IllegalArgumentException saying what is wrong with the text
     */
    public static List<LocalDate> parseDates(String text) {
        List<LocalDate> dates = new ArrayList<>();
        for (String part : text.split(",")) {
            String item = part.strip();
            if (item.isEmpty()) {
                continue;
            }
            String[] ends = item.split("\\s*\\.\\.\\s*", -1);
            if (ends.length > 2) {
                throw new IllegalArgumentException(
                        "'" + item + "' is not a date or a range such as 2027-02-06..2027-02-12");
            }
            LocalDate from = date(ends[0]);
            LocalDate to = ends.length == 2 ? date(ends[1]) : from;
            if (to.isBefore(from)) {
                throw new IllegalArgumentException("'" + item + "' runs backwards");
            }
            if (ChronoUnit.DAYS.between(from, to) >= LONGEST_RANGE_DAYS) {
                throw new IllegalArgumentException("'" + item + "' is longer than " + LONGEST_RANGE_DAYS + " days");
            }
            from.datesUntil(to.plusDays(1)).forEach(dates::add);
        }
        return dates;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a date such as 2027-02-06");
        }
    }

    public ZoneId zone() {
        return zone;
    }

    public WorkingHours hours() {
        return hours;
    }

    public List<LocalDate> holidays() {
        return dates(holidays);
    }

    public List<LocalDate> workdays() {
        return dates(workdays);
    }

    /** Whether every millisecond counts, so the operations are plain arithmetic. */
    public boolean always() {
        return always;
    }

    /**
     * The moment by which {@code working} working time has passed after {@code startMillis}: the last moment at
     * which no more than that has, so that {@code elapsed(start, t) <= working} exactly when {@code t <= plus(start,
     * working)}. When it is used up exactly at a closing time, that is the next opening (a target of 1 h from Friday
     * 17:00 in MON-FRI 09:00-18:00 is Monday 09:00: an answer on Saturday is still within it).
     *
     * @throws IllegalArgumentException when the search passes {@value #SEARCH_WEEKS} weeks (plus one per holiday)
     */
    public long plus(long startMillis, Duration working) {
        long remaining = working.toMillis();
        if (remaining < 0) {
            throw new IllegalArgumentException("negative working time " + working);
        }
        if (always()) {
            return Math.addExact(startMillis, remaining);
        }
        LocalDate day = localDate(startMillis);
        LocalDate last = day.plusWeeks(SEARCH_WEEKS + holidays.length);
        for (; !day.isAfter(last); day = day.plusDays(1)) {
            int[] open = hoursOf(day);
            for (int i = 0; i < open.length; i += 2) {
                long from = Math.max(instant(day, open[i]), startMillis);
                long to = instant(day, open[i + 1]);
                if (to <= from) {
                    continue;
                }
                if (remaining < to - from) {
                    return from + remaining;
                }
                remaining -= to - from;
            }
        }
        throw new IllegalArgumentException("less than " + working + " of working time within " + SEARCH_WEEKS
                + " weeks (+" + holidays.length + " for holidays) after " + Instant.ofEpochMilli(startMillis)
                + " in " + this);
    }

    /** The working time, in milliseconds, from {@code fromMillis} (inclusive) to {@code toMillis} (exclusive). */
    public long elapsed(long fromMillis, long toMillis) {
        if (toMillis <= fromMillis) {
            return 0;
        }
        if (always()) {
            return toMillis - fromMillis;
        }
        long sum = 0;
        LocalDate end = localDate(toMillis);
        for (LocalDate day = localDate(fromMillis); !day.isAfter(end); day = day.plusDays(1)) {
            int[] open = hoursOf(day);
            for (int i = 0; i < open.length; i += 2) {
                long from = Math.max(instant(day, open[i]), fromMillis);
                long to = Math.min(instant(day, open[i + 1]), toMillis);
                if (to > from) {
                    sum += to - from;
                }
            }
        }
        return sum;
    }

    /**
     * Refuses a target that {@link #plus} might not reach within its search: more working time than
     * {@value #TARGET_WEEKS} ordinary weeks hold.
     */
    public void requireWithinSearch(Duration target, String what) {
        if (always()) {
            return;
        }
        Duration most = Duration.ofMillis(hours.weekMillis()).multipliedBy(TARGET_WEEKS);
        if (target.compareTo(most) > 0) {
            throw new IllegalArgumentException(what + " (" + target + ") is more working time than " + TARGET_WEEKS
                    + " weeks of " + hours + " hold (" + most + ")");
        }
    }

    /** The day's working intervals, [opening, closing) pairs in milliseconds of the day. */
    private int[] hoursOf(LocalDate day) {
        long epochDay = day.toEpochDay();
        if (Arrays.binarySearch(holidays, epochDay) >= 0) {
            return WorkingHours.NONE;
        }
        if (Arrays.binarySearch(workdays, epochDay) >= 0) {
            return hours.ofWorkday();
        }
        return hours.of(day.getDayOfWeek());
    }

    private LocalDate localDate(long millis) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), zone);
    }

    /**
     * The instant of a local time of the day; 24:00 is the next day's start. A time skipped by a clock change moves
     * forward by the gap; a repeated one is its earlier instant.
     */
    private long instant(LocalDate day, int millisOfDay) {
        if (millisOfDay == WorkingHours.DAY_MILLIS) {
            return day.plusDays(1).atStartOfDay(zone).toInstant().toEpochMilli();
        }
        LocalDateTime local = day.atStartOfDay().plusNanos(millisOfDay * 1_000_000L);
        return ZonedDateTime.ofLocal(local, zone, null).toInstant().toEpochMilli();
    }

    private static long[] epochDays(Collection<LocalDate> days) {
        return days.stream()
                .mapToLong(LocalDate::toEpochDay)
                .sorted()
                .distinct()
                .toArray();
    }

    private static List<LocalDate> dates(long[] epochDays) {
        return LongStream.of(epochDays).mapToObj(LocalDate::ofEpochDay).toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WorkingCalendar c
                && zone.equals(c.zone)
                && hours.equals(c.hours)
                && Arrays.equals(holidays, c.holidays)
                && Arrays.equals(workdays, c.workdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, hours, Arrays.hashCode(holidays), Arrays.hashCode(workdays));
    }

    @Override
    public String toString() {
        if (always) {
            return "24x7";
        }
        return hours + " in " + zone
                + (holidays.length == 0 ? "" : ", holidays " + holidays())
                + (workdays.length == 0 ? "" : ", working days " + workdays());
    }
}
