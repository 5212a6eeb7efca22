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

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A finite generated data set held in memory, in the order its records reach the event log, with the truth a test
 * checks the product against: the injected patterns and their tickets, and how the ingest must refuse each
 * deliberately bad record.
 *
 * @param records         in publish order; a record's position is its sequence number
 * @param expectedRefusal by sequence number, the reason each spoilt record must be refused with (redeliveries are
 *                        valid, so they are not here)
 * @param patternTickets  by injected pattern id, the tickets the generator made for it
 * @param otherTickets    tickets of no injected pattern, with their fault code
 */
record GeneratedStream(
        DataGenerator generator,
        List<GeneratedRecord> records,
        Map<Long, RejectionReason> expectedRefusal,
        Map<String, Set<String>> patternTickets,
        Map<String, String> otherTickets) {

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
        return new GeneratedStream(generator, records, truth.refusals, truth.patternTickets, truth.otherTickets);
    }

    /** The scenario's only injected pattern. */
    ActivePattern onlyPattern() {
        List<ActivePattern> patterns = generator.patterns();
        if (patterns.size() != 1) {
            throw new IllegalStateException("expected one injected pattern, the scenario has " + patterns.size());
        }
        return patterns.getFirst();
    }

    long recordsOn(String topic) {
        return records.stream().filter(r -> r.topic().equals(topic)).count();
    }

    private static final class Truth implements GenerationListener {
        private final Map<Long, RejectionReason> refusals = new HashMap<>();
        private final Map<String, Set<String>> patternTickets = new HashMap<>();
        private final Map<String, String> otherTickets = new HashMap<>();

        @Override
        public void ticket(TicketTruth truth) {
            if (truth.patternId() == null) {
                otherTickets.put(truth.ticketId(), truth.faultCode());
            } else {
                patternTickets
                        .computeIfAbsent(truth.patternId(), id -> new HashSet<>())
                        .add(truth.ticketId());
            }
        }

        @Override
        public void record(long seq, GeneratedRecord record, RecordNote note) {
            if (note.bad() != null && note.bad() != BadRecordKind.DUPLICATE_EVENT_ID) {
                refusals.put(seq, note.bad().rejection());
            }
        }
    }
}
