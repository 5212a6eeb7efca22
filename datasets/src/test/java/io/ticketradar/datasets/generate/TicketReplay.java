package io.ticketradar.datasets.generate;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Stage;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Walks one ticket's decoded events in time order, checking that the lifecycle is coherent and measuring
 * it with DOMAIN.md §4's definitions, independently of the generator's own bookkeeping.
 */
final class TicketReplay {
    private static final EventCodec CODEC = new EventCodec();

    Instant created;
    Instant closed;
    double firstResponseHours = Double.NaN;
    boolean diagnostic;
    double maxStayHours;
    double coordinationHours;
    int maxReassignments;
    boolean reopened;
    boolean complaint;

    private Stage stage;
    private Instant stayStart;
    private final Set<String> stayTeams = new HashSet<>();
    private Instant waitingSince;
    private String fieldAssignee;
    private String device;
    private int repairs;
    private boolean resolved;
    private int diagnoses;

    static TicketReplay of(List<Event> events) {
        TicketReplay replay = new TicketReplay();
        events.forEach(replay::apply);
        replay.finish();
        return replay;
    }

    private void apply(Event event) {
        String where = event.ticketId() + " " + event.type() + " at " + event.ts();
        if (created == null) {
            assertEquals(EventType.TICKET_CREATED, event.type(), where + ": a ticket starts with TICKET_CREATED");
        }
        switch (CODEC.body(event)) {
            case EventBody.TicketCreated c -> {
                assertNull(created, where + ": created twice");
                created = event.ts();
                device = c.deviceSn();
                stage = Stage.CS;
                stayStart = created;
            }
            case EventBody.TicketAssigned a -> {
                if (waitingSince != null) {
                    coordinationHours += hours(waitingSince, event.ts());
                    waitingSince = null;
                }
                if (stage == null) { // after a reopen: a new stay starts
                    assertTrue(reopened, where + ": assigned while resolved");
                    stage = a.stage();
                    stayTeams.clear();
                }
                assertEquals(stage, a.stage(), where + ": assigned within the current stage");
                stayTeams.add(a.teamId());
                if (a.stage() == Stage.FIELD) {
                    fieldAssignee = a.assigneeId();
                }
            }
            case EventBody.FirstResponse r -> {
                assertTrue(Double.isNaN(firstResponseHours), where + ": one first response");
                firstResponseHours = hours(created, event.ts());
                diagnostic = r.diagnostic();
            }
            case EventBody.StageChanged s -> {
                assertEquals(stage, s.fromStage(), where + ": changes from the current stage");
                endStay(event.ts());
                stage = s.toStage();
                stayStart = event.ts();
                waitingSince = event.ts();
            }
            case EventBody.FaultDiagnosed d -> {
                assertNotNull(stage, where + ": diagnosed while open");
                diagnoses++;
            }
            case EventBody.RepairRecorded r -> {
                assertEquals(Stage.FIELD, stage, where + ": repairs happen in the field stage");
                assertEquals(fieldAssignee, r.engineerId(), where + ": the assigned field engineer repairs");
                assertEquals(device, r.deviceSn(), where + ": the ticket's device is repaired");
                repairs++;
            }
            case EventBody.TicketResolved r -> {
                assertNotNull(stage, where + ": resolved while open");
                assertTrue(diagnoses > 0, where + ": diagnosed before resolved");
                assertEquals(repairs, r.fieldVisits(), where + ": field visits = repairs recorded");
                endStay(event.ts());
                stage = null;
                resolved = true;
            }
            case EventBody.TicketClosed c -> {
                assertTrue(resolved && stage == null, where + ": closed after resolved");
                closed = event.ts();
            }
            case EventBody.TicketReopened r -> {
                assertNotNull(closed, where + ": reopened after closed");
                reopened = true;
                resolved = false;
                stayStart = event.ts();
                waitingSince = event.ts();
            }
            case EventBody.CustomerComplaint c -> complaint = true;
            case EventBody.TicketMerged m -> throw new AssertionError(where + ": the generator never merges");
            case EventBody.DeviceRegistered d -> throw new AssertionError(where + ": master data belongs to no ticket");
            case EventBody.CodeDefined d -> throw new AssertionError(where + ": master data belongs to no ticket");
            case EventBody.EngineerRegistered e ->
                throw new AssertionError(where + ": master data belongs to no ticket");
            case EventBody.PartStocked p -> throw new AssertionError(where + ": master data belongs to no ticket");
        }
    }

    private void endStay(Instant end) {
        maxStayHours = Math.max(maxStayHours, hours(stayStart, end));
        maxReassignments = Math.max(maxReassignments, stayTeams.size() - 1);
        stayTeams.clear();
    }

    private void finish() {
        assertNotNull(closed, "every generated ticket closes");
        assertTrue(resolved && stage == null, "ends resolved and closed");
        assertTrue(!Double.isNaN(firstResponseHours), "has a first response");
    }

    private static double hours(Instant from, Instant to) {
        return Duration.between(from, to).toMillis() / 3_600_000.0;
    }
}
