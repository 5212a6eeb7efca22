package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Event;
import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.policy.PolicyVersion;
import io.ticketradar.pipelines.policy.TenantPolicyJson;
import io.ticketradar.pipelines.records.SourcedEvent;
import io.ticketradar.pipelines.testing.KeyedStateEntries;
import io.ticketradar.pipelines.testing.TicketStory;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static io.ticketradar.pipelines.testing.TicketStory.days;
import static io.ticketradar.pipelines.testing.TicketStory.hours;
import static io.ticketradar.pipelines.testing.TicketStory.minutes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketLifecycleFunctionTest {

    private static final Duration HORIZON = Duration.ofDays(90);

    private KeyedBroadcastOperatorTestHarness<String, SourcedEvent, String, FactChange> harness;

    @BeforeEach
    void open() throws Exception {
        harness = harness(PoliciesInForce.defaults());
    }

    private static KeyedBroadcastOperatorTestHarness<String, SourcedEvent, String, FactChange> harness(
            PoliciesInForce policies) throws Exception {
        var harness = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new TicketLifecycleFunction(TenantZones.defaults(), policies, HORIZON),
                TicketLifecycleFunction::key,
                Types.STRING,
                PoliciesInForce.STATE);
        harness.processBroadcastWatermark(Long.MAX_VALUE); // no policy changes: event time is the tickets' own
        return harness;
    }

    @AfterEach
    void close() throws Exception {
        harness.close();
    }

    private void send(Event e) throws Exception {
        harness.processElement(TicketStory.sourced(e), e.ts().toEpochMilli());
    }

    private List<FactChange> changes() {
        return harness.extractOutputValues();
    }

    private List<LateEvent> lateEvents() {
        var records = harness.getSideOutput(TicketLifecycleFunction.LATE_EVENTS);
        return records == null
                ? List.of()
                : records.stream().map(StreamRecord::getValue).toList();
    }

    @Test
    void eventsArrivingOutOfOrderAreAppliedInEventTimeOrderOnceTheWatermarkPasses() throws Exception {
        TicketStory s = TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00")
                .responded(minutes(10), true)
                .assigned(minutes(20), Stage.CS, "cs-a");
        send(s.event(2));
        send(s.event(0));
        send(s.event(1));
        assertTrue(changes().isEmpty(), "nothing applies before the watermark passes");

        harness.processWatermark(s.at(minutes(30)));

        List<FactChange> changes = changes();
        assertEquals(
                List.of(s.at(Duration.ZERO), s.at(minutes(10)), s.at(minutes(20))),
                changes.stream().map(FactChange::asOf).toList(),
                "one fact per event, in event time");
        assertEquals(
                List.of(1L, 2L, 3L), changes.stream().map(FactChange::version).toList());
        assertNull(changes.getFirst().before());
        assertEquals(changes.get(1).after(), changes.get(2).before(), "each change carries the previous fact");
        assertEquals("cs-a-eng", changes.getLast().after().assigneeId());
        assertTrue(lateEvents().isEmpty());
    }

    @Test
    void aTicketIsJudgedByThePolicyInForceWhenItWasOpened() throws Exception {
        TicketStory before =
                TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00").responded(hours(3), true);
        TicketStory after =
                TicketStory.created("t", "T2", "2026-01-06T09:00:00+08:00").responded(hours(3), true);
        // Adopted while T1 is open: a first response within 4 h from 6 January on.
        harness.processBroadcastElement(
                TenantPolicyJson.message(
                        "t",
                        List.of(new PolicyVersion(
                                1,
                                Instant.parse("2026-01-05T16:00:00Z"),
                                Instant.parse("2026-01-05T02:00:00Z"),
                                "ops",
                                SlaPolicy.DEFAULT.withFirstResponse(hours(4)),
                                Map.of(),
                                List.of()))),
                before.at(hours(1)));
        before.events().forEach(this::sendUnchecked);
        after.events().forEach(this::sendUnchecked);

        harness.processWatermark(after.at(hours(5)));

        assertFalse(factOf("T1").responseCompliant(), "opened under the spec's 2 h: answered at 3 h is late");
        assertTrue(factOf("T2").responseCompliant(), "opened under the tenant's 4 h: answered at 3 h is on time");
        assertFalse(factOf("T2").responseTimedOut());
    }

    private TicketFact factOf(String ticket) {
        return changes().stream()
                .map(FactChange::after)
                .filter(f -> f.ticketId().equals(ticket))
                .reduce((a, b) -> b)
                .orElseThrow();
    }

    @Test
    void absenceIsNoticedAtItsDeadlineWithoutAnyEvent() throws Exception {
        TicketStory s = TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00");
        send(s.event(0));
        harness.processWatermark(s.at(hours(1)));
        assertTrue(changes().getLast().after().responsePending());

        harness.processWatermark(s.at(hours(5)));

        FactChange timedOut = changes().get(1);
        assertEquals(s.at(hours(2)), timedOut.asOf());
        assertTrue(timedOut.after().responseTimedOut());
        FactChange breakpoint = changes().get(2);
        assertEquals(s.at(hours(4)) + 1, breakpoint.asOf());
        assertTrue(breakpoint.after().breakpoint());
        assertEquals(1, harness.numEventTimeTimers(), "one timer per ticket: next, the SLA deadline");
    }

    /** A ticket created Friday 17:00 under a 4 h first response in MON-FRI 09:00-18:00 times out Monday 12:00. */
    @Test
    void deadlinesAreTheDueMomentsOfTheTenantsWorkingCalendar() throws Exception {
        harness.close();
        WorkingCalendar office =
                WorkingCalendar.of(TenantZones.DEFAULT_ZONE, WorkingHours.parse("MON-FRI 09:00-18:00"));
        SlaPolicies slas = SlaPolicies.defaults()
                .with("t", SlaPolicy.DEFAULT.withFirstResponse(hours(4)).withCalendar(office));
        harness = harness(new PoliciesInForce(slas, HealthyThresholds.defaults(), AlertSettings.defaults()));
        TicketStory s = TicketStory.created("t", "T1", "2026-12-04T17:00:00+08:00");
        send(s.event(0));
        harness.processWatermark(s.at(days(3)));

        FactChange timedOut = changes().get(1);
        assertEquals(s.at(days(2).plusHours(19)), timedOut.asOf(), "Monday 12:00");
        assertTrue(timedOut.after().responseTimedOut());
    }

    @Test
    void anEventLaterThanTheWatermarkIsAppliedAtOnceAsACorrectionAndReported() throws Exception {
        TicketStory s =
                TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00").responded(minutes(30), true);
        send(s.event(0));
        harness.processWatermark(s.at(hours(3)));
        assertTrue(changes().getLast().after().responseTimedOut());

        send(s.event(1));

        FactChange correction = changes().getLast();
        assertEquals(s.at(hours(3)), correction.asOf(), "evaluated at the watermark");
        assertTrue(correction.before().responseTimedOut());
        assertTrue(correction.after().responseCompliant());
        assertEquals(
                List.of(new LateEvent(
                        "t",
                        "T1",
                        "T1-2",
                        s.event(1).type(),
                        s.at(minutes(30)),
                        s.at(hours(3)),
                        LateEvent.Outcome.APPLIED_AS_CORRECTION)),
                lateEvents());
    }

    @Test
    void aRepeatedEventIdIsIgnored() throws Exception {
        TicketStory s =
                TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00").complained(minutes(30));
        send(s.event(0));
        send(s.event(1));
        send(s.event(1));
        harness.processWatermark(s.at(hours(1)));
        assertEquals(1, changes().getLast().after().complaints());
    }

    @Test
    void aDoneTicketIsClosedOutStateAndTimersCleared() throws Exception {
        TicketStory s = TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00")
                .responded(minutes(10), true)
                .resolved(hours(3), 1)
                .closed(hours(3))
                .complained(days(31)); // after the reopen window: arrives early, never applies
        s.events().forEach(e -> sendUnchecked(e));
        harness.processWatermark(s.at(days(1)));
        assertTrue(changes().getLast().after().closed());
        assertTrue(KeyedStateEntries.of(harness) > 0);

        harness.processWatermark(s.at(hours(3).plus(days(30))));

        assertEquals(0, KeyedStateEntries.of(harness), "state cleared");
        assertEquals(0, harness.numEventTimeTimers(), "timers cleared");
        assertEquals(
                List.of(LateEvent.Outcome.AFTER_CLOSE_OUT),
                lateEvents().stream().map(LateEvent::outcome).toList());
    }

    @Test
    void aTicketWhoseCreationNeverArrivesIsDroppedAfterTheHorizon() throws Exception {
        TicketStory s =
                TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00").responded(minutes(10), true);
        send(s.event(1));
        harness.processWatermark(s.at(days(1)));
        assertTrue(changes().isEmpty());

        harness.processWatermark(s.at(minutes(10).plus(HORIZON)));

        assertEquals(0, KeyedStateEntries.of(harness));
        assertEquals(0, harness.numEventTimeTimers());
        assertEquals(
                List.of(LateEvent.Outcome.NO_CREATION),
                lateEvents().stream().map(LateEvent::outcome).toList());
    }

    @Test
    void aReopenInsideTheWindowKeepsTheTicketAlive() throws Exception {
        TicketStory s = TicketStory.created("t", "T1", "2026-01-05T09:00:00+08:00")
                .closed(hours(3))
                .reopened(days(30).plusHours(3));
        s.events().forEach(e -> sendUnchecked(e));
        harness.processWatermark(s.at(days(31)));
        assertFalse(changes().getLast().after().closed());
        assertTrue(changes().getLast().after().reopenedWithinWindow());
        assertTrue(KeyedStateEntries.of(harness) > 0);
    }

    private void sendUnchecked(Event e) {
        try {
            send(e);
        } catch (Exception ex) {
            throw new IllegalStateException(ex);
        }
    }
}
