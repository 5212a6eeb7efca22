package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.TicketEvents.Timed;
import io.ticketradar.datasets.importer.mapping.Field;
import io.ticketradar.datasets.importer.table.SourceRow;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody.FirstResponse;
import io.ticketradar.events.EventBody.StageChanged;
import io.ticketradar.events.EventBody.TicketAssigned;
import io.ticketradar.events.EventBody.TicketClosed;
import io.ticketradar.events.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.ticketradar.datasets.importer.mapping.Field.*;

/**
 * Shape {@code tickets}: each row is one ticket, and its time columns imply its lifecycle. The
 * spreadsheet says where a ticket is now (当前环节) and who holds it, not when it got there: the
 * hand-over is placed at the assignment time when a column gives one, else at the first response
 * (customer service answers, then passes the ticket on), else at creation.
 */
final class TicketRows implements RowTranslator {
    /** Times that must not come before one another: created, then response or assignment, then resolved, then closed. */
    private static final List<Field[]> ORDER = List.of(
            new Field[] {FIRST_RESPONSE_AT, CREATED_AT},
            new Field[] {ASSIGNED_AT, CREATED_AT},
            new Field[] {RESOLVED_AT, CREATED_AT},
            new Field[] {RESOLVED_AT, FIRST_RESPONSE_AT},
            new Field[] {RESOLVED_AT, ASSIGNED_AT},
            new Field[] {CLOSED_AT, CREATED_AT},
            new Field[] {CLOSED_AT, FIRST_RESPONSE_AT},
            new Field[] {CLOSED_AT, ASSIGNED_AT},
            new Field[] {CLOSED_AT, RESOLVED_AT});

    private final RowContext context;

    TicketRows(RowContext context) {
        this.context = context;
    }

    @Override
    public List<Event> translate(List<SourceRow> rows, ImportReport report) {
        Map<String, Integer> rowOfTicket = new HashMap<>();
        List<Event> events = new ArrayList<>();
        for (SourceRow row : rows) {
            RowReader reader = context.reader(row);
            try {
                String ticketId = reader.required(TICKET_ID);
                Integer earlier = rowOfTicket.get(ticketId);
                if (earlier != null) {
                    throw new RowProblem(
                            Reason.DUPLICATE_TICKET,
                            reader.column(TICKET_ID),
                            "ticket " + ticketId + " is already on row " + earlier);
                }
                TicketEvents ticket = context.maker().ticket(ticketId);
                ticket.addRow(lifecycle(reader));
                rowOfTicket.put(ticketId, row.number());
                events.addAll(ticket.events());
            } catch (RowProblem problem) {
                report.reject(RowError.of(row.number(), problem));
            }
            report.rowDone();
        }
        return events;
    }

    private List<Timed> lifecycle(RowReader row) throws RowProblem {
        Map<Field, Instant> times = new EnumMap<>(Field.class);
        times.put(CREATED_AT, row.requiredTime(CREATED_AT));
        for (Field field : List.of(FIRST_RESPONSE_AT, ASSIGNED_AT, RESOLVED_AT, CLOSED_AT)) {
            Instant time = row.time(field);
            if (time != null) {
                times.put(field, time);
            }
        }
        for (Field[] pair : ORDER) {
            row.notBefore(pair[0], times.get(pair[0]), pair[1], times.get(pair[1]));
        }
        List<Timed> events = new ArrayList<>();
        events.add(new Timed(times.get(CREATED_AT), EventBodies.created(row)));
        Instant responded = times.get(FIRST_RESPONSE_AT);
        if (responded != null) {
            events.add(new Timed(responded, new FirstResponse(row.required(RESPONDER), row.requiredFlag(DIAGNOSTIC))));
        }
        Stage stage = row.choice(STAGE, Stage.values());
        String assignee = row.text(ASSIGNEE);
        if (stage != null || assignee != null) {
            Instant handedOver = Objects.requireNonNullElse(
                    times.get(ASSIGNED_AT), Objects.requireNonNullElse(responded, times.get(CREATED_AT)));
            Stage to = Objects.requireNonNullElse(stage, Stage.CS);
            if (to != Stage.CS) {
                events.add(new Timed(handedOver, new StageChanged(Stage.CS, to)));
            }
            if (assignee != null) {
                events.add(new Timed(
                        handedOver,
                        new TicketAssigned(
                                assignee, Objects.requireNonNullElse(row.text(TEAM), to.wire()), to, false)));
            }
        }
        if (times.containsKey(RESOLVED_AT)) {
            events.add(new Timed(times.get(RESOLVED_AT), EventBodies.resolved(row)));
        }
        if (times.containsKey(CLOSED_AT)) {
            events.add(new Timed(times.get(CLOSED_AT), new TicketClosed()));
        }
        return events;
    }
}
