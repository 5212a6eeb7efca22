package io.ticketradar.datasets.importer;

import io.ticketradar.datasets.importer.TicketEvents.Timed;
import io.ticketradar.datasets.importer.mapping.FirstResponseRule;
import io.ticketradar.datasets.importer.mapping.TicketState;
import io.ticketradar.datasets.importer.table.SourceRow;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody.FirstResponse;
import io.ticketradar.events.EventBody.StageChanged;
import io.ticketradar.events.EventBody.TicketAssigned;
import io.ticketradar.events.EventBody.TicketClosed;
import io.ticketradar.events.EventBody.TicketReopened;
import io.ticketradar.events.Stage;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static io.ticketradar.datasets.importer.mapping.Field.*;

/**
 * Shape {@code event_log}: rows are changes of tickets, as ticket systems export their history.
 * Rows are grouped per ticket and ordered by time (ties keep file order); each row is compared with
 * the ticket as the rows before it left it, and the differences are the events. The first row creates
 * the ticket; a rejected row leaves the ticket as it was, so the next row is compared with the last
 * good one.
 */
final class EventLog implements RowTranslator {
    private final RowContext context;

    EventLog(RowContext context) {
        this.context = context;
    }

    /** A row placed in its ticket's history. */
    private record Change(RowReader row, Instant at) {}

    /**
     * The ticket as the rows so far left it. A new ticket is open, in customer service, with no group.
     *
     * @param stateText the export's own word for the state, for the reason of a reopen
     * @param responded whether the mapping's first response rule has matched a row yet
     */
    private record Held(
            TicketState state, String stateText, Stage stage, String group, String assignee, boolean responded) {
        static final Held NEW = new Held(TicketState.OPEN, "new", Stage.CS, null, null, false);
    }

    @Override
    public List<Event> translate(List<SourceRow> rows, ImportReport report) {
        Map<String, List<Change>> histories = new LinkedHashMap<>();
        for (SourceRow row : rows) {
            RowReader reader = context.reader(row);
            try {
                String ticketId = reader.required(TICKET_ID);
                histories
                        .computeIfAbsent(ticketId, id -> new ArrayList<>())
                        .add(new Change(reader, reader.requiredTime(CHANGED_AT)));
            } catch (RowProblem problem) {
                report.reject(RowError.of(row.number(), problem));
                report.rowDone();
            }
        }
        List<Event> events = new ArrayList<>();
        histories.forEach((ticketId, history) -> {
            history.sort(Comparator.comparing(Change::at));
            events.addAll(ticket(ticketId, history, report));
        });
        return events;
    }

    private List<Event> ticket(String ticketId, List<Change> history, ImportReport report) {
        TicketEvents ticket = context.maker().ticket(ticketId);
        Held held = null;
        Integer rejectedFirstRow = null;
        for (Change change : history) {
            RowReader row = change.row();
            try {
                if (rejectedFirstRow != null) {
                    throw new RowProblem(
                            Reason.TICKET_NOT_CREATED,
                            null,
                            "ticket " + ticketId + " was not created: its first row, row " + rejectedFirstRow
                                    + ", was rejected");
                }
                held = apply(ticket, change, held);
            } catch (RowProblem problem) {
                report.reject(RowError.of(row.rowNumber(), problem));
                if (held == null && rejectedFirstRow == null) {
                    rejectedFirstRow = row.rowNumber();
                }
            }
            report.rowDone();
        }
        return ticket.events();
    }

    /** Adds the events of one row to the ticket, the first row creating it; returns the ticket after the row. */
    private Held apply(TicketEvents ticket, Change change, Held before) throws RowProblem {
        RowReader row = change.row();
        List<Timed> events = new ArrayList<>();
        if (before == null) {
            Instant created = Objects.requireNonNullElse(row.time(CREATED_AT), change.at());
            row.notBefore(CHANGED_AT, change.at(), CREATED_AT, created);
            events.add(new Timed(created, EventBodies.created(row)));
        }
        Held after = changes(row, change.at(), before == null ? Held.NEW : before, events);
        ticket.addRow(events);
        return after;
    }

    /** Adds the events that take the ticket from {@code before} to this row; returns the ticket after it. */
    private Held changes(RowReader row, Instant at, Held before, List<Timed> events) throws RowProblem {
        TicketState listed = row.lookup(STATE, context.mapping().states(), "states");
        TicketState state = listed == null ? before.state() : listed;
        String stateText = listed == null ? before.stateText() : row.text(STATE);
        TicketState from = before.state();
        if (state.compareTo(from) < 0) {
            String reason =
                    Objects.requireNonNullElse(row.text(REOPEN_REASON), before.stateText() + " -> " + stateText);
            events.add(new Timed(at, new TicketReopened(reason)));
            from = TicketState.OPEN;
        }
        Stage stage = before.stage();
        String group = Objects.requireNonNullElse(row.text(GROUP), Objects.requireNonNullElse(before.group(), ""));
        String assignee = row.text(ASSIGNEE);
        boolean newGroup = !group.isEmpty() && !group.equals(before.group());
        Stage to = stageOf(row, newGroup);
        if (to != null && to != stage) {
            events.add(new Timed(at, new StageChanged(stage, to)));
            stage = to;
        }
        if (newGroup) {
            events.add(new Timed(
                    at, new TicketAssigned(Objects.requireNonNullElse(assignee, group), group, stage, false)));
        } else if (assignee != null && !assignee.equals(before.assignee())) {
            events.add(
                    new Timed(at, new TicketAssigned(assignee, group.isEmpty() ? stage.wire() : group, stage, false)));
        }
        String holder = assignee == null ? before.assignee() : assignee;
        FirstResponseRule rule = context.mapping().firstResponse();
        boolean responds = rule != null && !before.responded() && rule.respondedBy(stateText, holder);
        if (responds) {
            String responder = holder != null ? holder : group.isEmpty() ? stage.wire() : group;
            events.add(new Timed(at, new FirstResponse(responder, rule.diagnostic())));
        }
        if (state == TicketState.RESOLVED && from == TicketState.OPEN) {
            events.add(new Timed(at, EventBodies.resolved(row)));
        }
        if (state == TicketState.CLOSED && from != TicketState.CLOSED) {
            events.add(new Timed(at, new TicketClosed()));
        }
        return new Held(
                state, stateText, stage, group.isEmpty() ? null : group, holder, before.responded() || responds);
    }

    /**
     * The stage the row puts the ticket in, null when it does not say: from the stage column when the mapping has
     * one (through its {@code values.stage}), else from a new group's entry under {@code groups}.
     */
    private Stage stageOf(RowReader row, boolean newGroup) throws RowProblem {
        if (context.mapping().columns().containsKey(STAGE)) {
            return row.choice(STAGE, Stage.values());
        }
        return newGroup ? row.lookup(GROUP, context.mapping().groups(), "groups") : null;
    }
}
