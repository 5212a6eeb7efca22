package io.ticketradar.pipelines.records;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A bounded source of records held in this JVM, for jobs run in this process on data it already has (a recompute,
 * tests): the source carries only their index, so a million records do not travel inside the job graph. With
 * parallelism p each reader takes a contiguous 1/p of the records, in order. {@link #release} forgets them.
 */
public final class RecordsInMemory {

    private static final Map<String, List<SourceRecord>> DATA = new ConcurrentHashMap<>();

    private final String id;
    private final Source<SourceRecord, ?, ?> source;

    private RecordsInMemory(List<SourceRecord> records) {
        this.id = UUID.randomUUID().toString();
        DATA.put(id, List.copyOf(records));
        this.source = new DataGeneratorSource<>(new Lookup(id), records.size(), TypeInformation.of(SourceRecord.class));
    }

    public static RecordsInMemory of(List<SourceRecord> records) {
        return new RecordsInMemory(records);
    }

    public Source<SourceRecord, ?, ?> source() {
        return source;
    }

    /** Once the job that read them has ended. */
    public void release() {
        DATA.remove(id);
    }

    private record Lookup(String id) implements GeneratorFunction<Long, SourceRecord> {
        @Override
        public SourceRecord map(Long index) {
            return DATA.get(id).get(Math.toIntExact(index));
        }
    }
}
