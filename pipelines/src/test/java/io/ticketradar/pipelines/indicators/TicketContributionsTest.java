package io.ticketradar.pipelines.indicators;

import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.TicketFact;
import io.ticketradar.pipelines.lifecycle.TicketFold;
import io.ticketradar.pipelines.testing.TicketStory;
import io.ticketradar.warehouse.tables.Regions;
import org.apache.flink.util.Collector;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

import static io.ticketradar.pipelines.testing.TicketStory.days;
import static io.ticketradar.pipelines.testing.TicketStory.hours;
import static io.ticketradar.pipelines.testing.TicketStory.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketContributionsTest {

    private static TicketFact fact(TicketStory s, Duration after) {
        return TicketFold.of(s.ticketEvents(), s.at(after)).fact("t", "T1", ZoneId.of("Asia/Shanghai"));
    }

    private static List<Contribution> contributions(TicketFact before, TicketFact after) {
        List<Contribution> out = new ArrayList<>();
        new TicketContributions().flatMap(new FactChange(before, after, 1, 0), new Collector<>() {
            @Override
            public void collect(Contribution c) {
                out.add(c);
            }

            @Override
            public void close() {}
        });
        return out;
    }

    @Test
    void aNewTicketCountsInTheCohortOfEveryIndicatorItHasAPartIn() {
        TicketStory s = TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00");
        List<Contribution> added = contributions(null, fact(s, minutes(1)));
        assertEquals(
                List.of(
                        Indicator.BREAKPOINT_RATE,
                        Indicator.OVERDUE_RATE,
                        Indicator.BOUNCE_RATE,
                        Indicator.COORDINATION_HOURS,
                        Indicator.SECONDARY_COMPLAINT_RATE,
                        Indicator.DUPLICATE_RATE),
                added.stream().map(Contribution::indicator).toList(),
                "pending response, not resolved, never closed: no part in those indicators yet");
        assertTrue(added.stream()
                .allMatch(c -> c.anchor() == s.at(Duration.ZERO)
                        && c.denominator() == 1
                        && c.numerator() == 0
                        && c.region().equals("华东")));
    }

    @Test
    void aChangeContributesOnlyTheDifference() {
        TicketStory s =
                TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00").responded(hours(1), true);
        List<Contribution> answered = contributions(fact(s, minutes(30)), fact(s, hours(1)));
        assertEquals(
                List.of(
                        new Contribution("t", Indicator.FIRST_RESPONSE_COMPLIANCE, s.at(Duration.ZERO), "华东", "", 1, 1),
                        new Contribution(
                                "t", Indicator.FIRST_RESPONSE_TIMEOUT_RATE, s.at(Duration.ZERO), "华东", "", 0, 1)),
                answered);
        TicketFact later = fact(s, hours(3));
        assertEquals(List.of(), contributions(later, later), "no change, nothing to count");
    }

    @Test
    void aReopenMovesTheClosureSampleOutOfItsCloseDayAndCreditsTheFixToTheResolver() {
        TicketStory s = TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00")
                .assigned(minutes(5), Stage.FIELD, "field-a")
                .resolved(hours(5), 1)
                .closed(hours(6))
                .reopened(days(3));
        TicketFact closed = fact(s, days(1));
        TicketFact reopened = fact(s, days(3));
        List<Contribution> change = contributions(closed, reopened);
        long closedAt = s.at(hours(6));
        assertTrue(
                change.contains(new Contribution(
                        "t", Indicator.CLOSURE_CYCLE_P50_DAYS, closedAt, "华东", "", hours(6).toMillis(), -1)),
                "the sample itself, removed");
        assertTrue(change.contains(new Contribution(
                "t", Indicator.CLOSURE_CYCLE_MEAN_DAYS, closedAt, "华东", "", -hours(6).toMillis(), -1)));
        assertTrue(
                change.contains(new Contribution(
                        "t", Indicator.FIRST_TIME_FIX_RATE, s.at(Duration.ZERO), "华东", "field-a-eng", -1, 0)),
                "the fix retracted for its engineer");
        assertTrue(change.contains(new Contribution("t", Indicator.REOPEN_RATE, s.at(Duration.ZERO), "华东", "", 1, 0)));
        assertEquals(
                List.of(
                        new Indicator.Slice("华东", ""),
                        new Indicator.Slice(Regions.ALL, ""),
                        new Indicator.Slice(Regions.ALL, "field-a-eng")),
                Indicator.FIRST_TIME_FIX_RATE.slices("华东", "field-a-eng"));
    }
}
