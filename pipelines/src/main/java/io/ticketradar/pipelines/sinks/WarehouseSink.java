package io.ticketradar.pipelines.sinks;

import io.ticketradar.warehouse.WarehouseConfig;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

/**
 * Writes a stream into one warehouse table in batches. Batches are flushed when full and at every
 * checkpoint, so a checkpoint completes only after its rows are stored (at-least-once); the tables
 * are ReplacingMergeTree on deterministic keys, which turns the replays of at-least-once into
 * exactly-once results for readers.
 */
public final class WarehouseSink<T> implements Sink<T> {

    private static final long serialVersionUID = 1L;

    private final WarehouseConfig warehouse;
    private final String table;
    private final WarehouseRowMapper<T> mapper;
    private final int batchSize;

    public WarehouseSink(WarehouseConfig warehouse, String table, WarehouseRowMapper<T> mapper, int batchSize) {
        this.warehouse = warehouse;
        this.table = table;
        this.mapper = mapper;
        this.batchSize = batchSize;
    }

    @Override
    public SinkWriter<T> createWriter(WriterInitContext context) {
        return new WarehouseSinkWriter<>(warehouse, table, mapper, batchSize, context.metricGroup());
    }
}
