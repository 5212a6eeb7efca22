package io.ticketradar.pipelines.testing;

import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.events.Event;
import io.ticketradar.pipelines.records.SourceRecord;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A bounded source of given records for MiniCluster tests. The records stay in this JVM and the source only
 * carries their index, so a million records do not travel inside the job graph. With parallelism p each
 * reader takes a contiguous 1/p of the records, in order.
 */
public final class BoundedRecords {

    private static final Map<String, List<SourceRecord>> DATA = new ConcurrentHashMap<>();

    private BoundedRecords() {}

    public static Source<SourceRecord, ?, ?> of(List<SourceRecord> records) {
        String id = UUID.randomUUID().toString();
        DATA.put(id, List.copyOf(records));
        return new DataGeneratorSource<>(new Lookup(id), records.size(), TypeInformation.of(SourceRecord.class));
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

    private record Lookup(String id) implements GeneratorFunction<Long, SourceRecord> {
        @Override
        public SourceRecord map(Long index) {
            return DATA.get(id).get(Math.toIntExact(index));
        }
    }
}
