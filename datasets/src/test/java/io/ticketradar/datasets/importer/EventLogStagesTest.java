package io.ticketradar.datasets.importer;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody.FirstResponse;
import io.ticketradar.events.EventBody.StageChanged;
import io.ticketradar.events.EventBody.TicketAssigned;
import io.ticketradar.events.EventType;
import io.ticketradar.events.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Event logs with many groups: a default stage and group patterns, the stage from its own column, and a first
 * response the mapping defines.
 */
class EventLogStagesTest {
    private static final String COMMON = """
            shape: event_log
            time_zone: Asia/Shanghai
            empty_values: ["?"]
            defaults: {channel: email, customer_id: C1, device_sn: SN1, product_model: OBC-6K6, site_id: S1,
                       region: East, priority: P3}
            states: {New: open, Active: open, Resolved: resolved, Closed: closed}
            """;
    private static final String HEAD = "number,updated,state,group,level,assigned_to\n";

    @TempDir
    Path dir;

    private List<Event> imported(String mapping, String rows) throws IOException {
        Path file = Files.writeString(dir.resolve("log.csv"), HEAD + rows, StandardCharsets.UTF_8);
        Importer.Result result = Imports.run(file, Imports.mapping(dir, COMMON + mapping));
        assertEquals(List.of(), result.report().rejected());
        return Imports.events(result);
    }

    private static List<Stage> assignedStages(List<Event> events) {
        return events.stream()
                .filter(e -> e.type() == EventType.TICKET_ASSIGNED)
                .map(e -> ((TicketAssigned) Imports.body(e)).stage())
                .toList();
    }

    @Test
    void exactNamesComeFirstThenPatternsInFileOrderThenTheDefault() throws IOException {
        String mapping = """
                columns: {ticket_id: number, changed_at: updated, state: state, group: group, assignee: assigned_to}
                groups: {"*": CS, "Field Lab": TECH, "Field*": FIELD, "F*": PARTS}
                """;
        List<Event> events = imported(mapping, """
                R1,2026-01-05 09:00,New,Service Desk 17,?,?
                R1,2026-01-05 10:00,Active,Field Lab,?,?
                R1,2026-01-05 11:00,Active,field east,?,?
                R1,2026-01-05 12:00,Active,Freight,?,?
                """);
        assertEquals(List.of(Stage.CS, Stage.TECH, Stage.FIELD, Stage.PARTS), assignedStages(events));
    }

    @Test
    void theStageComesFromItsColumnThroughTheValueTable() throws IOException {
        String mapping = """
                columns: {ticket_id: number, changed_at: updated, state: state, group: group, stage: level,
                          assignee: assigned_to}
                values:
                  stage: {L1: CS, L2: TECH, L3: FIELD}
                """;
        List<Event> events = imported(mapping, """
                R1,2026-01-05 09:00,New,Team Amber,L1,?
                R1,2026-01-05 10:00,Active,Team Birch,L2,?
                R1,2026-01-05 11:00,Active,Team Birch,L3,?
                """);
        List<StageChanged> changes = events.stream()
                .filter(e -> e.type() == EventType.STAGE_CHANGED)
                .map(e -> (StageChanged) Imports.body(e))
                .toList();
        assertEquals(
                List.of(new StageChanged(Stage.CS, Stage.TECH), new StageChanged(Stage.TECH, Stage.FIELD)), changes);
    }

    @Test
    void aFirstResponseIsTheFirstMoveIntoTheNamedState() throws IOException {
        String mapping = """
                columns: {ticket_id: number, changed_at: updated, state: state, group: group, assignee: assigned_to}
                groups: {"*": CS}
                first_response: {on: state, state: Active}
                """;
        List<Event> responses = imported(mapping, """
                        R1,2026-01-05 09:00,New,Desk,?,?
                        R1,2026-01-05 09:40,Active,Desk,?,Ann
                        R1,2026-01-05 10:00,Resolved,Desk,?,Ann
                        R1,2026-01-06 10:00,Active,Desk,?,Ann
                        """).stream()
                .filter(e -> e.type() == EventType.FIRST_RESPONSE)
                .toList();
        assertEquals(1, responses.size());
        assertEquals(Instant.parse("2026-01-05T01:40:00Z"), responses.getFirst().ts());
        assertEquals(new FirstResponse("Ann", true), Imports.body(responses.getFirst()));
    }

    @Test
    void aFirstResponseIsTheFirstAssignmentToAPerson() throws IOException {
        String mapping = """
                columns: {ticket_id: number, changed_at: updated, state: state, group: group, assignee: assigned_to}
                groups: {"*": CS}
                first_response: {on: assignee, diagnostic: false}
                """;
        List<Event> responses = imported(mapping, """
                        R1,2026-01-05 09:00,New,Desk,?,?
                        R1,2026-01-05 09:20,New,Desk,?,?
                        R1,2026-01-05 11:00,New,Desk,?,Bob
                        R1,2026-01-05 12:00,Active,Desk,?,Cy
                        """).stream()
                .filter(e -> e.type() == EventType.FIRST_RESPONSE)
                .toList();
        assertEquals(
                List.of(Instant.parse("2026-01-05T03:00:00Z")),
                responses.stream().map(Event::ts).toList());
        assertEquals(new FirstResponse("Bob", false), Imports.body(responses.getFirst()));
    }
}
