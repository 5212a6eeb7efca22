package io.ticketradar.datasets.generate;

import io.ticketradar.datasets.truth.GenerationListener;
import io.ticketradar.datasets.truth.GroundTruthRecorder;
import io.ticketradar.datasets.truth.RecordNote;
import io.ticketradar.datasets.truth.TicketTruth;
import io.ticketradar.events.EventBody;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/** A small generated data set held in memory for tests: records with their notes, ticket truths, ground truth. */
record Generated(
        DataGenerator generator,
        List<GeneratedRecord> records,
        List<RecordNote> notes,
        List<TicketTruth> tickets,
        GroundTruthRecorder truth) {

    static Generated of(GeneratorSettings settings) {
        DataGenerator generator = new DataGenerator(settings);
        GroundTruthRecorder truth = new GroundTruthRecorder(generator);
        List<RecordNote> notes = new ArrayList<>();
        List<TicketTruth> tickets = new ArrayList<>();
        List<GeneratedRecord> records = new ArrayList<>();
        Iterator<GeneratedRecord> it = generator.records(new GenerationListener() {
            @Override
            public void ticket(TicketTruth t) {
                tickets.add(t);
                truth.ticket(t);
            }

            @Override
            public void device(String tenantId, EventBody.DeviceRegistered device, Instant at, int n) {
                truth.device(tenantId, device, at, n);
            }

            @Override
            public void record(long seq, GeneratedRecord record, RecordNote note) {
                notes.add(note);
                truth.record(seq, record, note);
            }
        });
        it.forEachRemaining(records::add);
        return new Generated(generator, records, notes, tickets, truth);
    }
}
