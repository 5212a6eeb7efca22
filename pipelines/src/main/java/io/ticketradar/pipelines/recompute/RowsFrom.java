package io.ticketradar.pipelines.recompute;

import io.ticketradar.pipelines.indicators.IndicatorRow;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;

import java.io.IOException;
import java.time.LocalDate;

/** Hands on the daily rows of one tenant from a day on; a recompute rewrites nothing before it. */
final class RowsFrom implements Sink<IndicatorRow> {

    private static final long serialVersionUID = 1L;

    private final Sink<IndicatorRow> table;
    private final String tenantId;
    private final LocalDate from;

    RowsFrom(Sink<IndicatorRow> table, String tenantId, LocalDate from) {
        this.table = table;
        this.tenantId = tenantId;
        this.from = from;
    }

    @Override
    public SinkWriter<IndicatorRow> createWriter(WriterInitContext context) throws IOException {
        SinkWriter<IndicatorRow> writer = table.createWriter(context);
        return new SinkWriter<>() {
            @Override
            public void write(IndicatorRow row, Context ctx) throws IOException, InterruptedException {
                if (row.tenantId().equals(tenantId) && !row.day().isBefore(from)) {
                    writer.write(row, ctx);
                }
            }

            @Override
            public void flush(boolean endOfInput) throws IOException, InterruptedException {
                writer.flush(endOfInput);
            }

            @Override
            public void close() throws Exception {
                writer.close();
            }
        };
    }
}
