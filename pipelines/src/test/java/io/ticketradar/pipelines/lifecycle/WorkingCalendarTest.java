package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Priority;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WorkingCalendarTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static final WorkingCalendar OFFICE =
            WorkingCalendar.of(SHANGHAI, WorkingHours.parse("MON-FRI 09:00-18:00"));

    /**
     * Lunch from 12:00 to 13:00; the Spring Festival of 2027 off from Saturday 6 to Friday 12 February, Sunday the
     * 14th and Saturday the 20th worked in its place (调休).
     */
    private static final WorkingCalendar SPRING_FESTIVAL = WorkingCalendar.of(
                    SHANGHAI, WorkingHours.parse("MON-FRI 09:00-12:00,13:00-18:00"))
            .withHolidays(WorkingCalendar.parseDates("2027-02-06..2027-02-12, 2027-04-05"))
            .withWorkdays(WorkingCalendar.parseDates("2027-02-14,2027-02-20"));

    private static long at(String local, ZoneId zone) {
        return LocalDateTime.parse(local).atZone(zone).toInstant().toEpochMilli();
    }

    private static long shanghai(String local) {
        return at(local, SHANGHAI);
    }

    private static Duration hours(long h) {
        return Duration.ofHours(h);
    }

    @Test
    void aFridayAfternoonTargetRunsOnIntoMonday() {
        long friday = shanghai("2026-12-04T17:00");
        assertEquals(shanghai("2026-12-07T12:00"), OFFICE.plus(friday, hours(4)));
        assertEquals(hours(4).toMillis(), OFFICE.elapsed(friday, shanghai("2026-12-07T12:00")));
        assertEquals(hours(1).toMillis(), OFFICE.elapsed(friday, shanghai("2026-12-06T23:00")), "the weekend is off");
    }

    @Test
    void aTargetUsedUpAtClosingTimeIsDueAtTheNextOpening() {
        long friday = shanghai("2026-12-04T17:00");
        assertEquals(shanghai("2026-12-07T09:00"), OFFICE.plus(friday, hours(1)));
        assertEquals(hours(1).toMillis(), OFFICE.elapsed(friday, shanghai("2026-12-04T18:00")));
        assertEquals(hours(1).toMillis() + 1, OFFICE.elapsed(friday, shanghai("2026-12-07T09:00") + 1));
    }

    @Test
    void aStartAtExactlyClosingTimeCountsFromTheNextOpening() {
        long closing = shanghai("2026-12-04T18:00");
        assertEquals(shanghai("2026-12-07T09:00") + 1, OFFICE.plus(closing, Duration.ofMillis(1)));
        assertEquals(shanghai("2026-12-07T11:00"), OFFICE.plus(closing, hours(2)));
        assertEquals(0, OFFICE.elapsed(closing, shanghai("2026-12-07T09:00")));
    }

    @Test
    void aLunchBreakDoesNotCount() {
        assertEquals(shanghai("2027-03-02T14:00"), SPRING_FESTIVAL.plus(shanghai("2027-03-02T11:00"), hours(2)));
        assertEquals(
                hours(2).toMillis(),
                SPRING_FESTIVAL.elapsed(shanghai("2027-03-02T11:30"), shanghai("2027-03-02T14:30")));
    }

    @Test
    void theSpringFestivalIsOffAndItsMakeUpSundayIsWorked() {
        long fridayBefore = shanghai("2027-02-05T17:00");
        // 1 h on Friday, nothing over the festival, 3 h + 1 h on the make-up Sunday
        assertEquals(shanghai("2027-02-14T14:00"), SPRING_FESTIVAL.plus(fridayBefore, hours(5)));
        assertEquals(hours(5).toMillis(), SPRING_FESTIVAL.elapsed(fridayBefore, shanghai("2027-02-14T14:00")));
        assertEquals(hours(1).toMillis(), SPRING_FESTIVAL.elapsed(fridayBefore, shanghai("2027-02-14T00:00")));
    }

    @Test
    void aStartInsideAHolidayCountsFromTheFirstWorkingDayAfter() {
        assertEquals(shanghai("2027-02-14T11:00"), SPRING_FESTIVAL.plus(shanghai("2027-02-09T10:00"), hours(2)));
        assertEquals(shanghai("2027-04-06T11:00"), SPRING_FESTIVAL.plus(shanghai("2027-04-05T10:00"), hours(2)));
    }

    @Test
    void aMakeUpSaturdayIsWorkedWithTheWeekdaysHours() {
        // from closing time on Friday into the make-up Saturday, then from a Saturday afternoon into Monday
        assertEquals(shanghai("2027-02-20T14:00"), SPRING_FESTIVAL.plus(shanghai("2027-02-19T18:00"), hours(4)));
        assertEquals(shanghai("2027-02-22T11:00"), SPRING_FESTIVAL.plus(shanghai("2027-02-20T16:00"), hours(4)));
    }

    @Test
    void clockChangesGiveADayAnHourMoreOrLess() {
        WorkingCalendar nights = WorkingCalendar.of(BERLIN, WorkingHours.parse("MON-SUN 01:00-04:00"));
        assertEquals(
                hours(2).toMillis(), nights.elapsed(at("2027-03-28T00:00", BERLIN), at("2027-03-28T12:00", BERLIN)));
        assertEquals(
                hours(4).toMillis(), nights.elapsed(at("2027-10-31T00:00", BERLIN), at("2027-10-31T12:00", BERLIN)));
        WorkingCalendar allDay = WorkingCalendar.of(BERLIN, WorkingHours.parse("MON-SUN 00:00-24:00"))
                .withHolidays(List.of(LocalDate.of(2027, 12, 25)));
        assertFalse(allDay.always());
        assertEquals(
                OffsetDateTime.parse("2027-03-29T01:00+02:00").toInstant().toEpochMilli(),
                allDay.plus(at("2027-03-28T00:00", BERLIN), hours(24)),
                "the 28th of March has 23 hours");
    }

    @Test
    void alwaysIsPlainArithmetic() {
        long start = shanghai("2026-12-04T17:00");
        assertTrue(WorkingCalendar.ALWAYS.always());
        assertEquals(start + hours(4).toMillis(), WorkingCalendar.ALWAYS.plus(start, hours(4)));
        assertEquals(123, WorkingCalendar.ALWAYS.elapsed(start, start + 123));
        assertEquals(0, WorkingCalendar.ALWAYS.elapsed(start + 123, start));
        assertEquals(WorkingCalendar.ALWAYS, SlaPolicy.DEFAULT.calendar());
        assertTrue(WorkingCalendar.of(SHANGHAI, WorkingHours.parse("MON-SUN 00:00-24:00"))
                .always());
    }

    /** Both operations agree to the millisecond, from any start, in zones with and without clock changes. */
    @Test
    void plusAndElapsedAgreeFromRandomStarts() {
        List<WorkingCalendar> calendars = List.of(
                SPRING_FESTIVAL,
                OFFICE,
                WorkingCalendar.of(BERLIN, WorkingHours.parse("MON-FRI 08:00-12:30,13:15-17:00; SAT 10:00-14:00"))
                        .withHolidays(WorkingCalendar.parseDates("2026-12-24..2026-12-26,2027-04-02,2027-04-05"))
                        .withWorkdays(WorkingCalendar.parseDates("2027-04-04")),
                WorkingCalendar.of(BERLIN, WorkingHours.parse("MON-SUN 01:30-03:30,22:00-24:00"))
                        .withHolidays(WorkingCalendar.parseDates("2027-03-27")));
        Random random = new Random(10);
        long from = shanghai("2026-11-01T00:00");
        long span = Duration.ofDays(600).toMillis();
        for (int i = 0; i < 4_000; i++) {
            WorkingCalendar c = calendars.get(i % calendars.size());
            long start = from + (long) (random.nextDouble() * span);
            if (i % 10 == 0) {
                start -= start % 3_600_000; // on the hour: openings, closings, clock changes
            }
            Duration target = Duration.ofMillis(
                    1 + (long) (random.nextDouble() * hours(200).toMillis()));
            long due = c.plus(start, target);
            long s = start;
            long probe =
                    start + (long) (random.nextDouble() * Duration.ofDays(60).toMillis());
            String what = c + " from " + start + " + " + target;
            assertAll(
                    what,
                    () -> assertEquals(target.toMillis(), c.elapsed(s, due)),
                    () -> assertEquals(target.toMillis() + 1, c.elapsed(s, due + 1), "the latest such moment"),
                    () -> assertEquals(c.elapsed(s, probe) <= target.toMillis(), probe <= due),
                    () -> assertEquals(
                            c.elapsed(s, probe), c.elapsed(s, due) + c.elapsed(due, probe) - c.elapsed(probe, due)));
        }
    }

    @Test
    void hoursAreWrittenAsTheyAreRead() {
        WorkingHours hours = WorkingHours.parse(" sat 09:00-12:00 ;MON-FRI 13:00-18:00, 09:00-12:00");
        assertEquals("MON-FRI 09:00-12:00,13:00-18:00; SAT 09:00-12:00", hours.toString());
        assertEquals(hours, WorkingHours.parse(hours.toString()));
        assertEquals(
                "MON 09:00-18:00; WED 09:00-18:00",
                WorkingHours.parse("MON,WED 09:00-18:00").toString());
    }

    @Test
    void badHoursAndDatesSayWhatIsWrong() {
        assertAll(
                () -> assertMessage("'MOM' is not a weekday", () -> WorkingHours.parse("MOM-FRI 09:00-18:00")),
                () -> assertMessage("'FRI-MON' runs backwards", () -> WorkingHours.parse("FRI-MON 09:00-18:00")),
                () -> assertMessage("'MON-FRI' gives no times", () -> WorkingHours.parse("MON-FRI")),
                () -> assertMessage("'9h' is not a time of day", () -> WorkingHours.parse("MON-FRI 9h-18h")),
                () -> assertMessage(
                        "'18:00-09:00' does not end after it starts", () -> WorkingHours.parse("MON 18:00-09:00")),
                () -> assertMessage("overlapping", () -> WorkingHours.parse("MON 09:00-12:00,11:00-18:00")),
                () -> assertMessage(
                        "MONDAY is given twice", () -> WorkingHours.parse("MON-FRI 09:00-18:00; MON 19:00-20:00")),
                () -> assertMessage("no working hours", () -> WorkingHours.parse(" ; ")),
                () -> assertMessage(
                        "'2027-02-12..2027-02-06' runs backwards",
                        () -> WorkingCalendar.parseDates("2027-02-12..2027-02-06")),
                () -> assertMessage("'2027-02-30' is not a date", () -> WorkingCalendar.parseDates("2027-02-30")),
                () -> assertMessage("longer than 366 days", () -> WorkingCalendar.parseDates("2027-01-01..2029-01-01")),
                () -> assertMessage(
                        "2027-02-14 is both a holiday and a working day",
                        () -> SPRING_FESTIVAL.withHolidays(WorkingCalendar.parseDates("2027-02-14"))));
    }

    @Test
    void aTargetBeyondTheSearchIsRefusedWhenThePolicyIsMade() {
        assertMessage(
                "resolution of P4 (PT4800H) is more working time than 100 weeks of MON-FRI 09:00-18:00 hold",
                () -> SlaPolicy.DEFAULT.withCalendar(OFFICE).withResolution(Priority.P4, Duration.ofDays(200)));
        SlaPolicy.DEFAULT.withResolution(Priority.P4, Duration.ofDays(200)); // 24x7: any target
        WorkingCalendar weeklyHour = WorkingCalendar.of(SHANGHAI, WorkingHours.parse("MON 09:00-10:00"));
        assertMessage(
                "less than PT200H of working time within 104 weeks",
                () -> weeklyHour.plus(shanghai("2027-01-01T00:00"), hours(200)));
    }

    @Test
    void aPolicyWithItsCalendarSurvivesJavaSerialization() throws Exception {
        // Flink ships the policies inside the functions
        SlaPolicy policy = SlaPolicy.DEFAULT.withCalendar(SPRING_FESTIVAL);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(policy);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SlaPolicy read = (SlaPolicy) in.readObject();
            assertEquals(policy, read);
            long start = shanghai("2027-02-05T17:00");
            assertEquals(policy.firstResponseDue(start), read.firstResponseDue(start));
        }
    }

    private static void assertMessage(String expected, org.junit.jupiter.api.function.Executable e) {
        String message = assertThrows(IllegalArgumentException.class, e).getMessage();
        assertTrue(message.contains(expected), message);
    }
}
