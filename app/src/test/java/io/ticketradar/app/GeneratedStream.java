package io.ticketradar.app;

import io.ticketradar.datasets.generate.ActivePattern;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.BadRecordKind;
import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.events.RejectionReason;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A finite generated data set held in memory, in the order its records reach the event log, with the truth a test
 * checks the product against: the injected patterns and their tickets, and how the ingest must refuse each
 * deliberately bad record.
 *
 * @param records         in publish order; a record's position is its sequence number
 * @param expectedRefusal by sequence number, the reason each spoilt record must be refused with (redeliveries are
 *                        valid, so they are not here)
 * @param tickets         what the generator decided for each ticket
 */
record GeneratedStream(
        DataGenerator generator,
        List<GeneratedRecord> records,
        Map<Long, RejectionReason> expectedRefusal,
        List<TicketTruth> tickets) {

    /**
     * The data set as a source holds it at the end of its last day: the records published before then. The
     * lifecycles of tickets still open run on in the generator for weeks; they are left out.
     */
    static GeneratedStream asOfEnd(GeneratorSettings settings) {
        DataGenerator generator = new DataGenerator(settings);
        Truth truth = new Truth();
        List<GeneratedRecord> records = generator.stream(truth)
                .takeWhile(r -> r.publishAt().isBefore(settings.endInstant()))
                .toList();
        return new GeneratedStream(generator, records, truth.refusals, truth.tickets);
    }

    /** The scenario's only injected pattern. */
    ActivePattern onlyPattern() {
        List<ActivePattern> patterns = generator.patterns();
        if (patterns.size() != 1) {
            throw new IllegalStateException("expected one injected pattern, the scenario has " + patterns.size());
        }
        return patterns.getFirst();
    }

    /** The ids of the tickets the generator made for the injected pattern. */
    Set<String> ticketsOf(ActivePattern pattern) {
        return tickets.stream()
                .filter(t -> pattern.spec().id().equals(t.patternId()))
                .map(TicketTruth::ticketId)
                .collect(Collectors.toSet());
    }

    long recordsOn(String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).count();
    }

    private static final class Truth implements GenerationListener {
        private final Map<Long, RejectionReason> refusals = new HashMap<>();
        private final List<TicketTruth> tickets = new ArrayList<>();

        @Override
        public void ticket(TicketTruth truth) {
            tickets.add(truth);
        }

        @Override
        public void record(long seq, GeneratedRecord record, RecordNote note) {
            if (note.bad() != null && note.bad() != BadRecordKind.DUPLICATE_EVENT_ID) {
                refusals.put(seq, note.bad().rejection());
            }
        }
    }
}
