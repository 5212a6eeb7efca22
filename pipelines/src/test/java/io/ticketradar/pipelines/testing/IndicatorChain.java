package io.ticketradar.pipelines.testing;

import io.ticketradar.events.Event;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.functions.DropDuplicateEvents;
import io.ticketradar.pipelines.indicators.BacklogFunction;
import io.ticketradar.pipelines.indicators.Contribution;
import io.ticketradar.pipelines.indicators.DailyIndicatorsFunction;
import io.ticketradar.pipelines.indicators.DeviceFault;
import io.ticketradar.pipelines.indicators.Figures;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.indicators.IndicatorRow;
import io.ticketradar.pipelines.indicators.RecurrenceFunction;
import io.ticketradar.pipelines.indicators.StageMove;
import io.ticketradar.pipelines.indicators.TicketContributions;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.TicketFact;
import io.ticketradar.pipelines.lifecycle.TicketLifecycleFunction;
import io.ticketradar.pipelines.policy.PoliciesInForce;
import io.ticketradar.pipelines.records.SourcedEvent;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.apache.flink.streaming.util.AbstractStreamOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The real operators of ingest de-duplication, the lifecycle and the daily indicators, chained through test
 * harnesses as {@code TicketRadarJobs} chains them, with event time moved by hand: what the tables would
 * hold at any chosen instant, deterministically (records first, then the watermark, operator by operator,
 * as Flink forwards them). Rows are kept as a ReplacingMergeTree read with FINAL keeps them: the newest
 * version per key.
 */
public final class IndicatorChain implements AutoCloseable {

    private final KeyedOneInputStreamOperatorTestHarness<String, SourcedEvent, SourcedEvent> dedup;
    private final KeyedBroadcastOperatorTestHarness<String, SourcedEvent, String, FactChange> lifecycle;
    private final KeyedOneInputStreamOperatorTestHarness<String, DeviceFault, Contribution> recurrence;
    private final KeyedOneInputStreamOperatorTestHarness<String, Contribution, IndicatorRow> daily;
    private final KeyedOneInputStreamOperatorTestHarness<String, StageMove, IndicatorRow> backlog;
    private final Map<String, TicketFact> facts = new HashMap<>();
    private final Map<List<Object>, IndicatorRow> rows = new HashMap<>();

    public IndicatorChain(IndicatorSettings settings) throws Exception {
        dedup = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DropDuplicateEvents(Duration.ofDays(7)), SourcedEvent::dedupKey, Types.STRING);
        lifecycle = ProcessFunctionTestHarnesses.forKeyedBroadcastProcessFunction(
                new TicketLifecycleFunction(
                        settings.zones(),
                        PoliciesInForce.of(settings, AlertSettings.defaults()),
                        settings.correctionHorizon()),
                TicketLifecycleFunction::key,
                Types.STRING,
                PoliciesInForce.STATE);
        lifecycle.processBroadcastWatermark(Long.MAX_VALUE);
        recurrence = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new RecurrenceFunction(settings.correctionHorizon()), DeviceFault::key, Types.STRING);
        daily = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new DailyIndicatorsFunction(settings), DailyIndicatorsFunction.byDay(settings.zones()), Types.STRING);
        backlog = ProcessFunctionTestHarnesses.forKeyedProcessFunction(
                new BacklogFunction(settings.zones()), StageMove::tenantId, Types.STRING);
    }

    /** Events in arrival order. */
    public void send(List<Event> events) throws Exception {
        for (Event e : events) {
            dedup.processElement(TicketStory.sourced(e), e.ts().toEpochMilli());
            for (StreamRecord<SourcedEvent> clean : drain(dedup)) {
                lifecycle.processElement(clean);
            }
            forwardFacts();
        }
    }

    /** Moves event time to {@code watermark} through every operator. */
    public void advanceTo(long watermark) throws Exception {
        lifecycle.processWatermark(watermark);
        forwardFacts();
        recurrence.processWatermark(watermark);
        forwardRecurrence();
        daily.processWatermark(watermark);
        backlog.processWatermark(watermark);
        keepRows(drain(daily));
        keepRows(drain(backlog));
    }

    /** The newest figures of a row, null when it was never written. */
    public Figures figures(String tenant, LocalDate day, String region, Indicator indicator) {
        return figures(tenant, day, region, "", indicator);
    }

    public Figures figures(String tenant, LocalDate day, String region, String engineer, Indicator indicator) {
        IndicatorRow row = rows.get(List.of(tenant, day, region, engineer, indicator));
        return row == null ? null : row.figures();
    }

    /** The newest fact of a ticket. */
    public TicketFact fact(String ticket) {
        return facts.get(ticket);
    }

    private void forwardFacts() throws Exception {
        for (StreamRecord<FactChange> change : drain(lifecycle)) {
            long ts = change.getTimestamp();
            facts.put(change.getValue().after().ticketId(), change.getValue().after());
            for (Contribution c : flatMap(new TicketContributions(), change.getValue())) {
                daily.processElement(c, ts);
            }
            for (DeviceFault m : flatMap(new DeviceFault.OfChanges(), change.getValue())) {
                recurrence.processElement(m, ts);
            }
            backlog.processElement(StageMove.of(change.getValue()), ts);
        }
        forwardRecurrence();
    }

    private void forwardRecurrence() throws Exception {
        for (StreamRecord<Contribution> c : drain(recurrence)) {
            daily.processElement(c);
        }
    }

    private void keepRows(List<StreamRecord<IndicatorRow>> written) {
        for (StreamRecord<IndicatorRow> r : written) {
            IndicatorRow row = r.getValue();
            rows.merge(
                    List.of(row.tenantId(), row.day(), row.region(), row.engineerId(), row.indicator()),
                    row,
                    (old, now) -> now.version() >= old.version() ? now : old);
        }
    }

    private static <I, O> List<O> flatMap(org.apache.flink.api.common.functions.FlatMapFunction<I, O> f, I in)
            throws Exception {
        List<O> out = new ArrayList<>();
        f.flatMap(in, new Collector<>() {
            @Override
            public void collect(O record) {
                out.add(record);
            }

            @Override
            public void close() {}
        });
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> List<StreamRecord<T>> drain(AbstractStreamOperatorTestHarness<T> harness) {
        List<StreamRecord<T>> records = new ArrayList<>();
        for (Object o = harness.getOutput().poll();
                o != null;
                o = harness.getOutput().poll()) {
            if (o instanceof StreamRecord<?> r) {
                records.add((StreamRecord<T>) r);
            }
        }
        return records;
    }

    @Override
    public void close() throws Exception {
        dedup.close();
        lifecycle.close();
        recurrence.close();
        daily.close();
        backlog.close();
    }
}
