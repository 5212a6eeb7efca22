package io.ticketradar.pipelines.testing;

import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.events.Event;
import io.ticketradar.pipelines.records.RecordsInMemory;
import io.ticketradar.pipelines.records.SourceRecord;
import org.apache.flink.api.connector.source.Source;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Bounded sources of given records for MiniCluster tests ({@link RecordsInMemory}). */
public final class BoundedRecords {

    private BoundedRecords() {}

    public static Source<SourceRecord, ?, ?> of(List<SourceRecord> records) {
        return RecordsInMemory.of(records).source(); // a test JVM ends soon: the records are not released
    }

    /** The records of events as the ingest job reads them off their topics. */
    public static Source<SourceRecord, ?, ?> ofEvents(List<Event> events) {
        return of(IntStream.range(0, events.size())
                .mapToObj(i -> record(events.get(i), i))
                .toList());
    }

    /** A source of {@link #fromGenerated generated records}. */
    public static Source<SourceRecord, ?, ?> ofGenerated(Iterator<GeneratedRecord> generated) {
        return of(fromGenerated(generated));
    }

    /**
     * Generated records, bad ones too, as the ingest reads them off Kafka: one partition per topic, offsets in
     * publishing order per topic, the publishing instant as the Kafka timestamp. Drains the iterator.
     */
    public static List<SourceRecord> fromGenerated(Iterator<GeneratedRecord> generated) {
        Map<String, Long> offsets = new HashMap<>();
        List<SourceRecord> records = new ArrayList<>();
        while (generated.hasNext()) {
            GeneratedRecord r = generated.next();
            long offset = offsets.merge(r.topic(), 1L, Long::sum) - 1;
            records.add(new SourceRecord(r.topic(), 0, offset, r.value()));
        }
        return records;
    }

    private static SourceRecord record(Event e, long offset) {
        return new SourceRecord(e.topic(), 0, offset, e.json().getBytes(StandardCharsets.UTF_8));
    }
}
