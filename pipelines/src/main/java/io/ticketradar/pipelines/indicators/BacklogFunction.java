package io.ticketradar.pipelines.indicators;

import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.warehouse.tables.Regions;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.util.Collector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Keyed by tenant: counts open tickets per region and stage, and when event time passes the end of each of
 * the tenant's calendar days writes that day's {@link Indicator#BACKLOG} rows (total and per stage, per
 * region and overall).
 *
 * <p>A move belongs to the snapshot of the day it happened in. Upstream operators may run ahead of the
 * watermark when it jumps, so moves later than the pending day's end wait until its snapshot is taken.
 * A move that arrives after its day's snapshot (a late correction) changes later days only. Snapshots
 * continue daily while the job runs; once the input has ended they stop after the last move's day.
 */
public final class BacklogFunction extends KeyedProcessFunction<String, StageMove, IndicatorRow> {

    private static final char SEPARATOR = '\u0000';

    private final TenantZones zones;

    private transient MapState<String, Long> open;
    private transient ListState<StageMove> ahead;
    private transient ValueState<Long> snapshotAt;
    private transient ValueState<Long> version;

    public BacklogFunction(TenantZones zones) {
        this.zones = zones;
    }

    @Override
    public void open(OpenContext openContext) {
        open = getRuntimeContext().getMapState(new MapStateDescriptor<>("open", Types.STRING, Types.LONG));
        ahead = getRuntimeContext().getListState(new ListStateDescriptor<>("ahead", Types.POJO(StageMove.class)));
        snapshotAt = getRuntimeContext().getState(new ValueStateDescriptor<>("snapshot-at", Types.LONG));
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.LONG));
    }

    @Override
    public void processElement(StageMove move, Context ctx, Collector<IndicatorRow> out) throws Exception {
        Long pending = snapshotAt.value();
        if (pending == null) {
            pending = lastInstantOfDay(move.tenantId(), move.at());
            snapshotAt.update(pending);
            ctx.timerService().registerEventTimeTimer(pending);
        }
        if (move.at() <= pending) {
            apply(move);
        } else {
            ahead.add(move);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IndicatorRow> out) throws Exception {
        String tenant = ctx.getCurrentKey();
        write(tenant, zones.dayOf(tenant, Instant.ofEpochMilli(timestamp)), timestamp, out);
        long next = lastInstantOfDay(tenant, timestamp + 1);
        List<StageMove> stillAhead = new ArrayList<>();
        for (StageMove move : ahead.get()) {
            if (move.at() <= next) {
                apply(move);
            } else {
                stillAhead.add(move);
            }
        }
        ahead.update(stillAhead);
        if (stillAhead.isEmpty() && ctx.timerService().currentWatermark() == Watermark.MAX_WATERMARK.getTimestamp()) {
            snapshotAt.clear();
            return;
        }
        snapshotAt.update(next);
        ctx.timerService().registerEventTimeTimer(next);
    }

    private void apply(StageMove move) throws Exception {
        if (move.from() != null) {
            count(move.fromRegion(), move.from(), -1);
        }
        if (move.to() != null) {
            count(move.toRegion(), move.to(), 1);
        }
    }

    private void count(String region, Stage stage, long delta) throws Exception {
        String key = region + SEPARATOR + stage.name();
        Long current = open.get(key);
        // Kept at zero too, so a region whose backlog cleared still gets its rows of 0.
        open.put(key, (current == null ? 0 : current) + delta);
    }

    /** Rows for every region seen and for ALL, each with the total and every stage. */
    private void write(String tenant, LocalDate day, long asOf, Collector<IndicatorRow> out) throws Exception {
        Map<String, Map<Stage, Long>> byRegion = new TreeMap<>();
        byRegion.put(Regions.ALL, new EnumMap<>(Stage.class));
        for (Map.Entry<String, Long> e : open.entries()) {
            String region = e.getKey().substring(0, e.getKey().indexOf(SEPARATOR));
            Stage stage = Stage.valueOf(e.getKey().substring(e.getKey().indexOf(SEPARATOR) + 1));
            byRegion.computeIfAbsent(region, r -> new EnumMap<>(Stage.class)).merge(stage, e.getValue(), Long::sum);
            byRegion.get(Regions.ALL).merge(stage, e.getValue(), Long::sum);
        }
        long next = version.value() == null ? 1 : version.value() + 1;
        version.update(next);
        byRegion.forEach((region, stages) -> {
            long total = 0;
            for (Stage stage : Stage.values()) {
                long count = stages.getOrDefault(stage, 0L);
                total += count;
                out.collect(row(tenant, day, region, Indicator.backlogOf(stage), count, asOf, next));
            }
            out.collect(row(tenant, day, region, Indicator.BACKLOG, total, asOf, next));
        });
    }

    private static IndicatorRow row(
            String tenant, LocalDate day, String region, Indicator indicator, long count, long asOf, long version) {
        return new IndicatorRow(
                tenant, day, region, "", indicator, indicator.measure().figures(count, 1, null), asOf, version);
    }

    private long lastInstantOfDay(String tenant, long at) {
        LocalDate day = zones.dayOf(tenant, Instant.ofEpochMilli(at));
        return zones.endOf(tenant, day).toEpochMilli() - 1;
    }
}
