package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.mapping.ImportMapping;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody.StageChanged;
import io.ticketradar.events.EventBody.TicketAssigned;
import io.ticketradar.events.EventBody.TicketCreated;
import io.ticketradar.events.EventBody.TicketReopened;
import io.ticketradar.events.EventBody.TicketResolved;
import io.ticketradar.events.Priority;
import io.ticketradar.events.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Shape event_log: one row per change of a ticket, grouped and ordered per ticket, differences become events. */
class EventLogShapeTest {
    private static final String MAPPING = """
            shape: event_log
            time_zone: Asia/Shanghai
            empty_values: ["?"]
            columns:
              ticket_id: number
              changed_at: updated
              created_at: opened
              state: state
              group: group
              assignee: assigned_to
              customer_id: caller
              device_sn: sn
              product_model: model
              site_id: site
              region: region
              priority: priority
              resolution_code: close_code
              field_visits: visits
            values:
              priority: {"1": P1, "2": P2, "3": P3, "4": P4}
            defaults:
              channel: email
            states: {New: open, Active: open, Awaiting Parts: open, Resolved: resolved, Closed: closed}
            groups: {Desk North: CS, Desk South: CS, HV Lab: TECH, SW Lab: TECH, Parts: PARTS, Field East: FIELD}
            """;
    private static final String HEAD =
            "number,updated,opened,state,group,assigned_to,caller,sn,model,site,region,priority,close_code,visits\n";
    private static final String R1 = ",C1,SN1,OBC-6K6,S1,East China,2";
    /** Rows of five tickets, R2's in the wrong order, and a bad row of several kinds. */
    private static final String LOG = HEAD
            + "R1,2026-01-05 09:10,2026-01-05 09:00,New,Desk North,Ann" + R1 + ",?,?\n"
            + "R1,2026-01-05 09:30,?,Active,Desk South,?" + R1 + ",?,?\n"
            + "R1,2026-01-05 10:00,?,Active,HV Lab,Bob" + R1 + ",?,?\n"
            + "R2,2026-01-05 11:00,?,Closed,Desk North,Cy,C2,SN2,HU-1280,S2,华南,3,?,?\n"
            + "R1,2026-01-05 10:30,?,Active,SW Lab,Bob" + R1 + ",?,?\n"
            + "R1,2026-01-05 12:00,?,Resolved,SW Lab,Bob" + R1 + ",\"Fixed, by OTA\",0\n"
            + "R2,2026-01-05 10:00,?,New,Desk North,Cy,C2,SN2,HU-1280,S2,华南,3,?,?\n"
            + "R1,2026-01-06 08:00,?,Active,SW Lab,Bob" + R1 + ",?,?\n"
            + "R1,2026-01-06 08:30,?,Active,Night Shift,Bob" + R1 + ",?,?\n"
            + "R1,2026-01-06 09:00,?,Resolved,SW Lab,Bob" + R1 + ",replaced,1\n"
            + "R1,2026-01-08 09:00,?,Closed,SW Lab,Bob" + R1 + ",replaced,1\n"
            + "R3,2026-01-05 09:00,?,New,Desk North,?,C3,SN3,HU-1280,S3,华北,9,?,?\n"
            + "R3,2026-01-05 09:30,?,Active,HV Lab,?,C3,SN3,HU-1280,S3,华北,1,?,?\n"
            + "R4,yesterday,?,New,Desk North,?,C4,SN4,HU-1280,S4,华北,1,?,?\n"
            + "R5,2026-01-05 09:00,?,New,Desk South,Di,C5,SN5,OBC-6K6,S5,华东,4,?,?\n"
            + "R5,2026-01-05 09:20,?,Closed,Desk South,Di,C5,SN5,OBC-6K6,S5,华东,4,?,?\n"
            + "R5,2026-01-07 13:00,?,Pending,Parts,Eve,C5,SN5,OBC-6K6,S5,华东,4,?,?\n"
            + "R5,2026-01-07 14:00,?,Awaiting Parts,Parts,Eve,C5,SN5,OBC-6K6,S5,华东,4,?,?\n";

    @TempDir
    static Path dir;

    private static Importer.Result result;
    private static Map<String, List<Event>> tickets;

    @BeforeAll
    static void importTheLog() throws IOException {
        Path csv = Files.writeString(dir.resolve("log.csv"), LOG, StandardCharsets.UTF_8);
        result = Imports.run(csv, Imports.mapping(dir, MAPPING));
        tickets = Imports.byTicket(Imports.events(result));
    }

    @Test
    void reassignmentStageChangeResolveReopenAndClose() {
        List<Event> r1 = tickets.get("R1");
        assertEquals(
                List.of(
                        "TICKET_CREATED",
                        "TICKET_ASSIGNED", // New in Desk North, held by Ann
                        "TICKET_ASSIGNED", // Desk South: a reassignment within CS
                        "STAGE_CHANGED",
                        "TICKET_ASSIGNED", // HV Lab: on to TECH
                        "TICKET_ASSIGNED", // SW Lab: a reassignment within TECH
                        "TICKET_RESOLVED",
                        "TICKET_REOPENED", // Resolved -> Active
                        "TICKET_RESOLVED",
                        "TICKET_CLOSED"),
                Imports.types(r1));
        assertEquals(
                Instant.parse("2026-01-05T01:00:00Z"),
                r1.getFirst().ts(),
                "created at opened_at, before the first change");
        TicketCreated created = (TicketCreated) Imports.body(r1.getFirst());
        assertEquals(Priority.P2, created.priority());
        assertEquals("华东", created.region(), "region names people write become the product's");
        assertEquals(new TicketAssigned("Ann", "Desk North", Stage.CS, false), Imports.body(r1.get(1)));
        assertEquals(
                new TicketAssigned("Desk South", "Desk South", Stage.CS, false),
                Imports.body(r1.get(2)),
                "no person named: the group holds it");
        assertEquals(new StageChanged(Stage.CS, Stage.TECH), Imports.body(r1.get(3)));
        assertEquals(new TicketAssigned("Bob", "SW Lab", Stage.TECH, false), Imports.body(r1.get(5)));
        assertEquals(new TicketResolved("Fixed, by OTA", 0), Imports.body(r1.get(6)));
        assertEquals(new TicketReopened("Resolved -> Active"), Imports.body(r1.get(7)));
        assertEquals(new TicketResolved("replaced", 1), Imports.body(r1.get(8)));
        assertEquals("import:acme:R1:ticket_assigned-4", r1.get(5).eventId());
        assertEquals("import:acme:R1:ticket_resolved-2", r1.get(8).eventId());
    }

    @Test
    void aGbkExportReadsTheSameWithEncodingGbk() throws IOException {
        Path gbk = Files.write(dir.resolve("log-gbk.csv"), LOG.getBytes(Charset.forName("GBK")));
        Importer.Result fromGbk = Imports.run(gbk, Imports.mapping(dir, MAPPING + "encoding: GBK\n"));
        assertEquals(Imports.events(result), Imports.events(fromGbk));
    }

    @Test
    void rowsAreOrderedByTimeWithinTheirTicket() {
        assertEquals(
                List.of("TICKET_CREATED", "TICKET_ASSIGNED", "TICKET_CLOSED"),
                Imports.types(tickets.get("R2")),
                "New at 10:00 then Closed at 11:00, though the file lists them the other way round");
    }

    @Test
    void aReopenAfterCloseCanMoveTheTicketOn() {
        List<Event> r5 = tickets.get("R5");
        assertEquals(
                List.of(
                        "TICKET_CREATED",
                        "TICKET_ASSIGNED",
                        "TICKET_CLOSED",
                        "TICKET_REOPENED",
                        "STAGE_CHANGED",
                        "TICKET_ASSIGNED"),
                Imports.types(r5));
        assertEquals(new TicketReopened("Closed -> Awaiting Parts"), Imports.body(r5.get(3)));
        assertEquals(new StageChanged(Stage.CS, Stage.PARTS), Imports.body(r5.get(4)));
    }

    @Test
    void badRowsAreReportedAndTheTicketGoesOnFromItsLastGoodRow() {
        assertEquals(
                List.of(
                        "row 10, column group (E): 'Night Shift' is not listed under groups (Desk North, Desk South, HV Lab, SW Lab, Parts, Field East)",
                        "row 13, column priority (L): '9' is not one of P1, P2, P3, P4 nor listed under values.priority (1, 2, 3, 4)",
                        "row 14: ticket R3 was not created: its first row, row 13, was rejected",
                        "row 15, column updated (B): 'yesterday' is not a date in any of the formats "
                                + String.join(", ", ImportMapping.DEFAULT_DATE_FORMATS)
                                + " (nor an Excel date or ISO-8601 with offset)",
                        "row 18, column state (D): 'Pending' is not listed under states (New, Active, Awaiting Parts, Resolved, Closed)"),
                result.report().rejected().stream().map(RowError::toString).toList());
        assertEquals(
                List.of("R1", "R2", "R5"), tickets.keySet().stream().sorted().toList());
        assertEquals(18, result.report().rows());
        assertEquals(3, result.report().tickets());
    }
}
