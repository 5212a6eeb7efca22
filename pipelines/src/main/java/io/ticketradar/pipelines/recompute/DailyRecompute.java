package io.ticketradar.pipelines.recompute;

import io.ticketradar.events.Topics;
import io.ticketradar.pipelines.PipelineSettings;
import io.ticketradar.pipelines.indicators.HealthIndicatorsJob;
import io.ticketradar.pipelines.indicators.IndicatorRow;
import io.ticketradar.pipelines.indicators.IndicatorRows;
import io.ticketradar.pipelines.ingest.IngestJob;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.TicketLifecycleJob;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.policy.PolicyChanges;
import io.ticketradar.pipelines.records.RecordsInMemory;
import io.ticketradar.pipelines.records.SourceRecord;
import io.ticketradar.pipelines.records.SourcedEvent;
import io.ticketradar.pipelines.sinks.WarehouseSink;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.TicketEvents;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * {@code recompute}: a tenant's daily indicator rows from a day on, rebuilt from its ticket events as the warehouse
 * holds them, by the same lifecycle and indicator jobs the stream runs, under the tenant's policy versions as they
 * are now (a version back-dated with {@code effective_from} then judges the days it covers). Runs as a bounded job in
 * a Flink of its own in this process.
 *
 * <p>The tenant's rows from that day on are deleted first and written again: while it runs those days read empty.
 * The streaming jobs keep running and later corrections of those days are written over the rebuilt rows as usual.
 */
public final class DailyRecompute {

    private static final Logger LOG = LoggerFactory.getLogger(DailyRecompute.class);
    private static final String EVENTS = """
            SELECT %s, %s, %s FROM %s FINAL WHERE %s = ? AND %s = ? ORDER BY %s, %s""".formatted(
                    TicketEvents.SOURCE_PARTITION,
                    TicketEvents.SOURCE_OFFSET,
                    TicketEvents.PAYLOAD,
                    TicketEvents.TABLE,
                    TicketEvents.TENANT_ID,
                    TicketEvents.SOURCE_TOPIC,
                    TicketEvents.TS,
                    TicketEvents.EVENT_ID);
    private static final String DELETE = "DELETE FROM %s WHERE %s = ? AND %s >= ?"
            .formatted(HealthIndicators.TABLE, HealthIndicators.TENANT_ID, HealthIndicators.DAY);
    private static final String ROWS =
            "SELECT count() AS rows, uniqExact(%s) AS days FROM %s FINAL WHERE %s = ? AND %s >= ?"
                    .formatted(
                            HealthIndicators.DAY,
                            HealthIndicators.TABLE,
                            HealthIndicators.TENANT_ID,
                            HealthIndicators.DAY);

    /** What a recompute did. */
    public record Result(String tenantId, LocalDate from, long events, long rows, long days) {}

    private DailyRecompute() {}

    /**
     * @param policyMessage every version of the tenant's policy as the {@code tenant-policies} topic carries it, null
     *     when it has none (its start-up policy judges)
     */
    public static Result run(
            PipelineSettings settings, Warehouse warehouse, String tenantId, LocalDate from, String policyMessage)
            throws Exception {
        List<SourceRecord> records = warehouse.query(EVENTS, tenantId, Topics.TICKET_EVENTS).stream()
                .map(DailyRecompute::record)
                .toList();
        PoliciesInForce policies = PoliciesInForce.of(settings.indicators(), settings.alerts());
        if (policyMessage != null) {
            policies = policies.knowing(policyMessage);
        }
        RecordsInMemory events = RecordsInMemory.of(records);
        try {
            StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(1);
            BroadcastStream<String> noChanges = PolicyChanges.none(env); // the versions are known from the start
            DataStream<SourcedEvent> stored =
                    IngestJob.writingNothing(events.source(), settings).attach(env);
            DataStream<FactChange> facts = new TicketLifecycleJob(
                            new DiscardingSink<>(), new DiscardingSink<>(), settings.indicators(), policies)
                    .attach(stored, noChanges);
            Sink<IndicatorRow> dailyRows = new RowsFrom(
                    new WarehouseSink<>(
                            settings.warehouse(),
                            HealthIndicators.TABLE,
                            new IndicatorRows(),
                            settings.sinkBatchSize()),
                    tenantId,
                    from);
            new HealthIndicatorsJob(dailyRows, new DiscardingSink<>(), settings.indicators(), policies)
                    .attach(facts, noChanges);
            warehouse.execute(DELETE, tenantId, from);
            env.execute("recompute " + tenantId + " from " + from);
        } finally {
            events.release();
        }
        Map<String, Object> written = warehouse.query(ROWS, tenantId, from).getFirst();
        Result result = new Result(
                tenantId,
                from,
                records.size(),
                ((Number) written.get("rows")).longValue(),
                ((Number) written.get("days")).longValue());
        LOG.info("recomputed {}", result);
        return result;
    }

    private static SourceRecord record(Map<String, Object> row) {
        return new SourceRecord(
                Topics.TICKET_EVENTS,
                ((Number) row.get(TicketEvents.SOURCE_PARTITION)).intValue(),
                ((Number) row.get(TicketEvents.SOURCE_OFFSET)).longValue(),
                ((String) row.get(TicketEvents.PAYLOAD)).getBytes(StandardCharsets.UTF_8));
    }
}
