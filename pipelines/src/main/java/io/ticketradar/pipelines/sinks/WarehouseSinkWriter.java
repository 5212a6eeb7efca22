package io.ticketradar.pipelines.sinks;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.Warehouses;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.groups.SinkWriterMetricGroup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;

final class WarehouseSinkWriter<T> implements SinkWriter<T> {

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseSinkWriter.class);

    private final Warehouse warehouse;
    private final String table;
    private final WarehouseRowMapper<T> mapper;
    private final int batchSize;
    private final List<String> batch;
    private final Counter rowsOut;

    WarehouseSinkWriter(
            WarehouseConfig config,
            String table,
            WarehouseRowMapper<T> mapper,
            int batchSize,
            SinkWriterMetricGroup metrics) {
        this.warehouse = Warehouses.open(config);
        this.table = table;
        this.mapper = mapper;
        this.batchSize = batchSize;
        this.batch = new ArrayList<>(batchSize);
        this.rowsOut = metrics.getNumRecordsSendCounter();
    }

    @Override
    public void write(T element, Context context) {
        batch.add(mapper.toJsonRow(element));
        if (batch.size() >= batchSize) {
            flushBatch();
        }
    }

    @Override
    public void flush(boolean endOfInput) {
        flushBatch();
    }

    private void flushBatch() {
        if (batch.isEmpty()) {
            return;
        }
        long started = System.nanoTime();
        warehouse.insertJsonRows(table, batch);
        rowsOut.inc(batch.size());
        LOG.debug("stored {} rows in {} in {} ms", batch.size(), table, (System.nanoTime() - started) / 1_000_000);
        batch.clear();
    }

    @Override
    public void close() {
        warehouse.close();
    }
}
