package io.ticketradar.app;

import io.ticketradar.pipelines.lifecycle.WorkingCalendar;
import io.ticketradar.pipelines.lifecycle.WorkingHours;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

/**
 * The working calendar a tenant's service levels ({@link SlaKeys}) are counted in, in the tenants file:
 * <pre>
 * acme.sla.hours = MON-FRI 09:00-12:00,13:00-18:00; SAT 09:00-12:00
 * acme.sla.holidays = 2027-02-06..2027-02-12, 2027-04-05
 * acme.sla.workdays = 2027-02-14, 2027-02-20
 * </pre>
 * {@code sla.hours} ({@link WorkingHours}) are the business hours in the tenant's zone ({@code <tenant>.zone}); a
 * weekday not named is off. {@code sla.holidays} are days off whatever their weekday, {@code sla.workdays} extra
 * working days (调休) with the hours of the first working weekday; both list dates and ranges of dates, both ends
 * included. Without {@code sla.hours} the levels run 24x7, and holidays or working days are refused (say
 * {@code MON-SUN 00:00-24:00} for round the clock with holidays off).
 */
final class CalendarKeys {

    private static final String HOURS = "sla.hours";
    private static final String HOLIDAYS = "sla.holidays";
    private static final String WORKDAYS = "sla.workdays";

    private CalendarKeys() {}

    /** The key suffixes after {@code <tenant>.}. */
    static List<String> keys() {
        return List.of(HOURS, HOLIDAYS, WORKDAYS);
    }

    /** The tenant's working calendar in its zone, or empty when it sets no hours (24x7). */
    static Optional<WorkingCalendar> read(Properties props, String tenant, ZoneId zone, Path file) {
        String hours = props.getProperty(tenant + "." + HOURS);
        if (hours == null) {
            for (String key : List.of(HOLIDAYS, WORKDAYS)) {
                if (props.getProperty(tenant + "." + key) != null) {
                    throw new ConfigException(tenant + "." + key + " in " + file + ": needs " + tenant + "." + HOURS
                            + ", the business hours it changes (MON-SUN 00:00-24:00 for round the clock)");
                }
            }
            return Optional.empty();
        }
        WorkingCalendar calendar =
                WorkingCalendar.of(zone, parsed(hours, tenant + "." + HOURS, file, WorkingHours::parse));
        calendar = calendar.withHolidays(dates(props, tenant + "." + HOLIDAYS, file));
        List<LocalDate> workdays = dates(props, tenant + "." + WORKDAYS, file);
        return Optional.of(parsed(calendar, tenant + "." + WORKDAYS, file, c -> c.withWorkdays(workdays)));
    }

    private static List<LocalDate> dates(Properties props, String key, Path file) {
        String value = props.getProperty(key);
        return value == null ? List.of() : parsed(value, key, file, WorkingCalendar::parseDates);
    }

    /** {@code parse} of the value, or what is wrong with it named by its key. */
    private static <V, T> T parsed(V value, String key, Path file, Function<V, T> parse) {
        try {
            return parse.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(key + " in " + file + ": " + e.getMessage());
        }
    }
}
