package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Priority;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;
import io.ticketradar.pipelines.testing.TicketStory;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static io.ticketradar.pipelines.testing.TicketStory.days;
import static io.ticketradar.pipelines.testing.TicketStory.hours;
import static io.ticketradar.pipelines.testing.TicketStory.minutes;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketFoldTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final String CREATED = "2026-01-05T09:00:00+08:00";

    private static TicketStory story() {
        return TicketStory.created("t", "T1", CREATED);
    }

    private static TicketFact factAt(TicketStory story, Duration after) {
        TicketFold fold = TicketFold.of(story.ticketEvents(), story.at(after));
        return fold == null ? null : fold.fact("t", "T1", SHANGHAI);
    }

    /**
     * One P2 ticket, answered after 3 h, 5 h in its first stage and 7 h in the next, closed after 60 h: late, a breakpoint and overdue
     * by the spec's service levels; none of them by a tenant's own 4 h / 8 h / 72 h, whose deadlines it waits for.
     */
    @Test
    void aTenantsOwnServiceLevelsJudgeItsTickets() {
        TicketStory s = story().responded(hours(3), true)
                .moved(hours(5), Stage.CS, Stage.TECH)
                .resolved(hours(12), 1)
                .closed(hours(60));
        SlaPolicy own = SlaPolicy.DEFAULT
                .withFirstResponse(hours(4))
                .withBreakpointStay(hours(8))
                .withResolution(Priority.P2, hours(72));
        TicketFact spec = TicketFold.of(s.ticketEvents(), s.at(days(4))).fact("t", "T1", SHANGHAI);
        TicketFact tenants = TicketFold.of(s.ticketEvents(), s.at(days(4)), own).fact("t", "T1", SHANGHAI);
        assertAll(
                () -> assertTrue(spec.responseTimedOut()),
                () -> assertTrue(spec.breakpoint()),
                () -> assertTrue(spec.overdue()),
                () -> assertTrue(tenants.responseCompliant()),
                () -> assertFalse(tenants.breakpoint()),
                () -> assertFalse(tenants.overdue()));
        TicketStory open = story();
        assertEquals(
                List.of(open.at(hours(4)), open.at(hours(8)) + 1, open.at(hours(72)) + 1),
                TicketFold.of(open.ticketEvents(), open.at(hours(1)), own)
                        .deadlinesAfterAsOf()
                        .sorted()
                        .boxed()
                        .toList(),
                "its timers wait for its own deadlines");
    }

    /** MON-FRI 09:00-18:00 in Shanghai; a 4 h first response, the spec's 4 h breakpoint stay and 48 h for a P2. */
    private static SlaPolicy officeHours(String holidays) {
        WorkingCalendar office = WorkingCalendar.of(SHANGHAI, WorkingHours.parse("MON-FRI 09:00-18:00"))
                .withHolidays(WorkingCalendar.parseDates(holidays));
        return SlaPolicy.DEFAULT.withFirstResponse(hours(4)).withCalendar(office);
    }

    private static final String FRIDAY_FIVE_PM = "2026-12-04T17:00:00+08:00";
    /** Monday 2026-12-07 11:00 and 12:00, after creation on Friday 17:00. */
    private static final Duration MONDAY_ELEVEN = days(2).plusHours(18);

    private static final Duration MONDAY_NOON = days(2).plusHours(19);

    /**
     * Created Friday 17:00 with a 4 h first response counted in business hours: 1 h on Friday and 3 h on Monday, so
     * due Monday 12:00; an answer at 11:00 is on time, the unanswered ticket waits for a timer at noon; its breakpoint
     * stay and its resolution run in business hours too.
     */
    @Test
    void serviceLevelsCountInTheTenantsBusinessHours() {
        SlaPolicy office = officeHours("");
        TicketStory answered = TicketStory.created("t", "T1", FRIDAY_FIVE_PM).responded(MONDAY_ELEVEN, true);
        TicketFact f = TicketFold.of(answered.ticketEvents(), answered.at(days(5)), office)
                .fact("t", "T1", SHANGHAI);
        assertAll(() -> assertTrue(f.responseCompliant()), () -> assertFalse(f.responseTimedOut()));
        TicketFact spec =
                TicketFold.of(answered.ticketEvents(), answered.at(days(5))).fact("t", "T1", SHANGHAI);
        assertTrue(spec.responseTimedOut(), "24x7 the same answer is late");

        TicketStory open = TicketStory.created("t", "T1", FRIDAY_FIVE_PM);
        assertEquals(
                List.of(
                        open.at(MONDAY_NOON), // the first response
                        open.at(MONDAY_NOON) + 1, // the stay in CS passing 4 h
                        open.at(days(9).plusHours(18)) + 1), // 48 h = 1 + 5 x 9 + 2 h: Monday 2026-12-14 11:00
                TicketFold.of(open.ticketEvents(), open.at(hours(1)), office)
                        .deadlinesAfterAsOf()
                        .sorted()
                        .boxed()
                        .toList(),
                "its timers wait for the due moments of its calendar");
        TicketFact beforeNoon = TicketFold.of(open.ticketEvents(), open.at(MONDAY_NOON) - 1, office)
                .fact("t", "T1", SHANGHAI);
        TicketFact atNoon =
                TicketFold.of(open.ticketEvents(), open.at(MONDAY_NOON), office).fact("t", "T1", SHANGHAI);
        TicketFact afterNoon = TicketFold.of(open.ticketEvents(), open.at(MONDAY_NOON) + 1, office)
                .fact("t", "T1", SHANGHAI);
        assertAll(
                () -> assertTrue(beforeNoon.responsePending()),
                () -> assertFalse(beforeNoon.breakpoint(), "the whole weekend in CS is no breakpoint"),
                () -> assertTrue(atNoon.responseTimedOut()),
                () -> assertFalse(atNoon.breakpoint()),
                () -> assertTrue(afterNoon.breakpoint()),
                () -> assertEquals(
                        Instant.parse("2026-12-14T03:00:00Z"), afterNoon.slaDeadline(), "Monday 11:00 in Shanghai"));
    }

    /** With Monday a holiday the same ticket is due Tuesday 12:00: Monday 11:00 and Tuesday 11:59 are on time. */
    @Test
    void aHolidayDoesNotCount() {
        SlaPolicy office = officeHours("2026-12-07");
        for (Duration answer : List.of(MONDAY_ELEVEN, days(3).plusHours(19).minusMinutes(1))) {
            TicketStory s = TicketStory.created("t", "T1", FRIDAY_FIVE_PM).responded(answer, true);
            assertTrue(
                    TicketFold.of(s.ticketEvents(), s.at(days(5)), office)
                            .fact("t", "T1", SHANGHAI)
                            .responseCompliant(),
                    "answered " + answer + " after creation");
        }
        TicketStory late = TicketStory.created("t", "T1", FRIDAY_FIVE_PM)
                .responded(days(3).plusHours(19).plusMinutes(1), true);
        assertTrue(TicketFold.of(late.ticketEvents(), late.at(days(5)), office)
                .fact("t", "T1", SHANGHAI)
                .responseTimedOut());
    }

    @Test
    void aDiagnosticResponseAtExactlyTwoHoursIsCompliant() {
        TicketFact f = factAt(story().responded(hours(2), true), days(1));
        assertAll(
                () -> assertTrue(f.responseCompliant()),
                () -> assertFalse(f.responseTimedOut()),
                () -> assertFalse(f.responsePending()));
    }

    @Test
    void aResponseOneMinuteLateTimesOut() {
        TicketFact f = factAt(story().responded(hours(2).plusMinutes(1), true), days(1));
        assertAll(() -> assertFalse(f.responseCompliant()), () -> assertTrue(f.responseTimedOut()));
    }

    @Test
    void aNonDiagnosticResponseIsOnTimeButNotCompliant() {
        TicketFact f = factAt(story().responded(hours(1), false), days(1));
        assertAll(
                () -> assertFalse(f.responseCompliant()),
                () -> assertFalse(f.responseTimedOut()),
                () -> assertFalse(f.firstResponseDiagnostic()));
    }

    @Test
    void anUnansweredTicketIsPendingUntilTwoHoursThenTimedOut() {
        TicketStory s = story();
        TicketFact young = factAt(s, hours(2).minusMillis(1));
        TicketFact due = factAt(s, hours(2));
        assertAll(
                () -> assertTrue(young.responsePending()),
                () -> assertFalse(young.responseTimedOut()),
                () -> assertFalse(due.responsePending()),
                () -> assertTrue(due.responseTimedOut()));
        assertTrue(
                TicketFold.of(s.ticketEvents(), s.at(hours(1)))
                        .deadlinesAfterAsOf()
                        .anyMatch(t -> t == s.at(hours(2))),
                "a timer at the response deadline");
    }

    @Test
    void stagesStaysWaitingAndResolution() {
        TicketStory s = story().assigned(minutes(5), Stage.CS, "cs-a")
                .moved(minutes(30), Stage.CS, Stage.TECH)
                .assigned(minutes(90), Stage.TECH, "tech-a") // waited 1 h for TECH to pick it up
                .assigned(hours(5).plusMinutes(31), Stage.FIELD, "field-a") // handed forward: no wait
                .resolved(hours(7), 1)
                .closed(hours(8));
        TicketFact f = factAt(s, days(1));
        assertAll(
                () -> assertEquals(
                        Map.of(
                                Stage.CS,
                                minutes(30).toMillis(),
                                Stage.TECH,
                                hours(5).plusMinutes(1).toMillis(),
                                Stage.FIELD,
                                minutes(89).toMillis()),
                        f.stageMillis()),
                () -> assertEquals(hours(5).plusMinutes(1).toMillis(), f.longestStayMillis()),
                () -> assertEquals(Stage.TECH, f.longestStayStage()),
                () -> assertTrue(f.breakpoint()),
                () -> assertEquals(Stage.TECH, f.breakpointStage()),
                () -> assertEquals(hours(1).toMillis(), f.coordinationMillis()),
                () -> assertEquals(0, f.reassignments()),
                () -> assertEquals("field-a-eng", f.resolverId()),
                () -> assertTrue(f.firstTimeFix()),
                () -> assertTrue(f.closed()),
                () -> assertEquals(hours(8).toMillis(), f.closureMillis()),
                () -> assertFalse(f.overdue()),
                () -> assertNull(f.currentStage()),
                () -> assertEquals(Stage.FIELD, f.lastStage()),
                () -> assertNull(f.openStage()),
                () -> assertEquals(7, f.events()));
    }

    @Test
    void aStaySittingPastFourHoursBecomesABreakpointOneMillisecondAfter() {
        TicketStory s = story();
        assertFalse(factAt(s, hours(4)).breakpoint(), "exactly 4 h is not more than 4 h");
        TicketFact after = factAt(s, hours(4).plusMillis(1));
        assertTrue(after.breakpoint());
        assertEquals(Stage.CS, after.breakpointStage());
        assertTrue(TicketFold.of(s.ticketEvents(), s.at(hours(1)))
                .deadlinesAfterAsOf()
                .anyMatch(t -> t == s.at(hours(4).plusMillis(1))));
    }

    @Test
    void threeTeamsInOneStageBounceButTwoTeamsTradingBackDoNot() {
        TicketFact bounced = factAt(
                story().assigned(minutes(1), Stage.TECH, "a")
                        .assigned(minutes(2), Stage.TECH, "b")
                        .assigned(minutes(3), Stage.TECH, "c"),
                hours(1));
        TicketFact tradedBack = factAt(
                story().assigned(minutes(1), Stage.TECH, "a")
                        .assigned(minutes(2), Stage.TECH, "b")
                        .assigned(minutes(3), Stage.TECH, "a"),
                hours(1));
        assertAll(
                () -> assertTrue(bounced.bounced()),
                () -> assertEquals(2, bounced.reassignments()),
                () -> assertEquals(List.of("a", "b", "c"), bounced.stageTeams().get(Stage.TECH)),
                () -> assertFalse(tradedBack.bounced()),
                () -> assertEquals(2, tradedBack.reassignments()));
    }

    @Test
    void aReopenWithinThirtyDaysCountsAndRestartsTheStayInTheLastStage() {
        TicketStory s = story().assigned(minutes(1), Stage.FIELD, "f")
                .resolved(hours(3), 1)
                .closed(hours(3))
                .reopened(days(20))
                .closed(days(21));
        TicketFact reopened = factAt(s, days(20).plusHours(1));
        TicketFact closedAgain = factAt(s, days(22));
        assertAll(
                () -> assertFalse(reopened.closed()),
                () -> assertEquals(Stage.FIELD, reopened.currentStage()),
                () -> assertTrue(reopened.reopenedWithinWindow()),
                () -> assertFalse(reopened.firstTimeFix()),
                () -> assertTrue(reopened.overdue(), "open past its 48 h SLA"),
                () -> assertEquals(days(21).toMillis(), closedAgain.closureMillis()),
                () -> assertEquals(2, closedAgain.closeCount()),
                () -> assertEquals(1, closedAgain.reopenedAt().size()));
    }

    @Test
    void aReopenAfterThirtyDaysCountsAgainstNeitherTheCloseNorTheFix() {
        TicketFact f = factAt(
                story().resolved(hours(3), 1)
                        .closed(hours(3))
                        .reopened(days(30).plusHours(3).plusMillis(1)),
                days(31));
        assertAll(() -> assertFalse(f.reopenedWithinWindow()), () -> assertTrue(f.firstTimeFix()));
    }

    @Test
    void overdueWhenNotClosedWithinTheSla() {
        TicketStory open = TicketStory.created("t", "T1", CREATED, "华东", "D", null, Priority.P1);
        assertFalse(factAt(open, hours(24)).overdue());
        assertTrue(factAt(open, hours(24).plusMillis(1)).overdue());
        assertFalse(factAt(
                        TicketStory.created("t", "T1", CREATED, "华东", "D", null, Priority.P1)
                                .closed(hours(24)),
                        days(3))
                .overdue());
        assertTrue(factAt(
                        TicketStory.created("t", "T1", CREATED, "华东", "D", null, Priority.P1)
                                .closed(hours(25)),
                        days(3))
                .overdue());
    }

    @Test
    void faultCodeFromTheLatestDiagnosisAndCohortDayInTheTenantZone() {
        TicketStory s = TicketStory.created("t", "T1", "2026-01-05T17:30:00Z", "华东", "D", "F-0", Priority.P3)
                .diagnosed(hours(1), "F-1", TechnicalDomain.HV)
                .diagnosed(hours(2), "F-2", TechnicalDomain.LV);
        TicketFact shanghai = TicketFold.of(s.ticketEvents(), s.at(hours(3))).fact("t", "T1", SHANGHAI);
        TicketFact utc = TicketFold.of(s.ticketEvents(), s.at(hours(3))).fact("t", "T1", ZoneId.of("UTC"));
        assertAll(
                () -> assertEquals("F-2", shanghai.faultCode()),
                () -> assertEquals(TechnicalDomain.LV, shanghai.domain()),
                () -> assertEquals(LocalDate.of(2026, 1, 6), shanghai.cohortDay()),
                () -> assertEquals(LocalDate.of(2026, 1, 5), utc.cohortDay()));
    }

    @Test
    void theOrderOfArrivalDoesNotMatter() {
        TicketStory s = story().assigned(minutes(5), Stage.CS, "cs-a")
                .responded(minutes(20), true)
                .moved(minutes(30), Stage.CS, Stage.TECH)
                .assigned(minutes(90), Stage.TECH, "tech-a")
                .resolved(hours(7), 2)
                .closed(hours(8))
                .complained(days(1));
        List<TicketEvent> shuffled = new ArrayList<>(s.ticketEvents());
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(
                TicketFold.of(s.ticketEvents(), s.at(days(2))).fact("t", "T1", SHANGHAI),
                TicketFold.of(shuffled, s.at(days(2))).fact("t", "T1", SHANGHAI));
    }

    @Test
    void nothingWithoutACreationAndEventsBeforeItAreIgnored() {
        TicketStory s = story().responded(minutes(-30), true).closed(hours(1));
        assertNull(TicketFold.of(s.ticketEvents().subList(1, 3), s.at(days(1))));
        TicketFact f = factAt(s, days(1));
        assertAll(() -> assertNull(f.firstResponseAt()), () -> assertEquals(2, f.events()));
    }

    @Test
    void aCloseAndAReopenAtTheSameInstantCloseFirst() {
        TicketFact f = factAt(story().reopened(hours(2)).closed(hours(2)), hours(3));
        assertAll(() -> assertFalse(f.closed()), () -> assertTrue(f.reopenedWithinWindow()));
    }
}
