package io.ticketradar.datasets.importer;

import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The events of one imported ticket, added a row at a time. */
final class TicketEvents {
    private final EventMaker maker;
    private final String ticketId;
    private final Map<EventType, Integer> counts = new EnumMap<>(EventType.class);
    private final List<Event> events = new ArrayList<>();

    /** An event body at its event time. */
    record Timed(Instant at, EventBody body) {}

    TicketEvents(EventMaker maker, String ticketId) {
        this.maker = maker;
        this.ticketId = ticketId;
    }

    /** Adds the events one row implies, all or none: a rejected row leaves the ticket as it was. */
    void addRow(List<Timed> row) throws RowProblem {
        Map<EventType, Integer> next = new EnumMap<>(counts);
        List<Event> made = new ArrayList<>(row.size());
        for (Timed timed : row) {
            int nth = next.merge(timed.body().type(), 1, Integer::sum);
            made.add(maker.make(ticketId, nth, timed.at(), timed.body()));
        }
        counts.putAll(next);
        events.addAll(made);
    }

    List<Event> events() {
        return events;
    }
}
