package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Topics;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Lifecycles are coherent, and what they say when measured from the events alone is exactly the
 * ticket's recorded truth: the ground truth is the events', not the generator's intentions.
 */
class LifecycleTest {
    private static final double SECOND = 1 / 3600.0;

    @ParameterizedTest
    @ValueSource(strings = {"before", "after"})
    void lifecyclesAreCoherentAndMatchTheirTruth(String scenario) {
        Generated data =
                Generated.of(GeneratorSettings.of(2, LocalDate.of(2025, 1, 6), 14, 100, 5, Scenarios.load(scenario)));
        EventCodec codec = new EventCodec();
        Map<String, List<Event>> byTicket = new HashMap<>();
        Map<String, Instant> lastInStream = new HashMap<>();
        for (int i = 0; i < data.records().size(); i++) {
            RecordNote note = data.notes().get(i);
            if (note.bad() != null
                    || Topics.MASTER_DATA.equals(data.records().get(i).topic())) {
                continue;
            }
            Event event = ((Decoded.Valid) codec.decode(data.records().get(i).value())).event();
            byTicket.computeIfAbsent(event.ticketId(), t -> new ArrayList<>()).add(event);
            if (note.lateBy() == null) {
                Instant previous = lastInStream.put(event.ticketId() + event.topic(), event.ts());
                assertTrue(
                        previous == null || !event.ts().isBefore(previous),
                        "on-time events of a key arrive in event-time order");
            }
        }
        assertEquals(data.tickets().size(), byTicket.size());
        for (TicketTruth truth : data.tickets()) {
            List<Event> events = byTicket.get(truth.ticketId());
            events.sort(Comparator.comparing(Event::ts)); // stable: generation order breaks ties within a second
            TicketReplay replay = TicketReplay.of(events);
            String id = truth.ticketId();
            assertEquals(truth.createdAt(), replay.created, id);
            assertEquals(truth.closedAt(), replay.closed, id);
            assertEquals(truth.firstResponseHours(), replay.firstResponseHours, SECOND, id);
            assertEquals(truth.diagnostic(), replay.diagnostic, id);
            assertEquals(truth.maxStayHours(), replay.maxStayHours, 6 * SECOND, id);
            assertEquals(truth.coordinationHours(), replay.coordinationHours, 6 * SECOND, id);
            assertEquals(truth.maxReassignments(), replay.maxReassignments, id);
            assertEquals(truth.reopened(), replay.reopened, id);
            assertEquals(truth.complaint(), replay.complaint, id);
        }
        assertFalse(data.tickets().isEmpty());
    }
}
