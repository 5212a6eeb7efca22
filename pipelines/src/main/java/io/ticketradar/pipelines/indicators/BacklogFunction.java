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

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
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
 * A move that arrives after its day's snapshot (late: a correction, or a Kafka partition that fell behind the
 * others while the job caught up) corrects every snapshot taken since, within the correction horizon, so a day's
 * backlog does not depend on the order partitions were read in; the corrected days are written again once, when
 * event time next advances. Snapshots continue daily while the job runs; once the input has ended they stop after
 * the last move's day.
 */
public final class BacklogFunction extends KeyedProcessFunction<String, StageMove, IndicatorRow> {

    private static final char SEPARATOR = '\u0000';

    private final TenantZones zones;
    private final long horizon;

    private transient MapState<String, Long> open;
    private transient ListState<StageMove> ahead;
    private transient ValueState<Long> snapshotAt;
    private transient ValueState<Long> version;
    /** The counts of each snapshot taken within the horizon, by the snapshot's moment (its day's last instant). */
    private transient MapState<Long, Map<String, Long>> taken;
    /** The earliest late move not yet written into the snapshots it corrected. */
    private transient ValueState<Long> correctedFrom;

    /** @param correctionHorizon how long after a day's end a late move still corrects its snapshot */
    public BacklogFunction(TenantZones zones, Duration correctionHorizon) {
        this.zones = zones;
        this.horizon = correctionHorizon.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        open = getRuntimeContext().getMapState(new MapStateDescriptor<>("open", Types.STRING, Types.LONG));
        ahead = getRuntimeContext().getListState(new ListStateDescriptor<>("ahead", Types.POJO(StageMove.class)));
        snapshotAt = getRuntimeContext().getState(new ValueStateDescriptor<>("snapshot-at", Types.LONG));
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.LONG));
        taken = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("taken", Types.LONG, Types.MAP(Types.STRING, Types.LONG)));
        correctedFrom = getRuntimeContext().getState(new ValueStateDescriptor<>("corrected-from", Types.LONG));
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
            correctTaken(move, ctx);
        } else {
            ahead.add(move);
        }
    }

    /** A move earlier than snapshots already taken changes each of them; they are written again at the next tick. */
    private void correctTaken(StageMove move, Context ctx) throws Exception {
        boolean corrected = false;
        for (Map.Entry<Long, Map<String, Long>> snapshot : taken.entries()) {
            if (snapshot.getKey() >= move.at()) {
                Map<String, Long> counts = new HashMap<>(snapshot.getValue());
                apply(move, counts);
                taken.put(snapshot.getKey(), counts);
                corrected = true;
            }
        }
        if (corrected) {
            Long from = correctedFrom.value();
            if (from == null || move.at() < from) {
                correctedFrom.update(move.at());
            }
            ctx.timerService().registerEventTimeTimer(ctx.timerService().currentWatermark() + 1);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IndicatorRow> out) throws Exception {
        String tenant = ctx.getCurrentKey();
        writeCorrections(tenant, out);
        Long pending = snapshotAt.value();
        if (pending == null || timestamp != pending) {
            return; // a correction tick only
        }
        Map<String, Long> counts = new HashMap<>();
        for (Map.Entry<String, Long> e : open.entries()) {
            counts.put(e.getKey(), e.getValue());
        }
        write(tenant, zones.dayOf(tenant, Instant.ofEpochMilli(timestamp)), timestamp, counts, out);
        taken.put(timestamp, counts);
        forgetBefore(timestamp - horizon);
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
            taken.clear();
            return;
        }
        snapshotAt.update(next);
        ctx.timerService().registerEventTimeTimer(next);
    }

    /** Writes each snapshot the late moves since the last tick corrected, once. */
    private void writeCorrections(String tenant, Collector<IndicatorRow> out) throws Exception {
        Long from = correctedFrom.value();
        if (from == null) {
            return;
        }
        correctedFrom.clear();
        List<Long> corrected = new ArrayList<>();
        for (Long at : taken.keys()) {
            if (at >= from) {
                corrected.add(at);
            }
        }
        Collections.sort(corrected);
        for (long at : corrected) {
            write(tenant, zones.dayOf(tenant, Instant.ofEpochMilli(at)), at, taken.get(at), out);
        }
    }

    private void forgetBefore(long oldest) throws Exception {
        List<Long> old = new ArrayList<>();
        for (Long at : taken.keys()) {
            if (at < oldest) {
                old.add(at);
            }
        }
        for (Long at : old) {
            taken.remove(at);
        }
    }

    /** Where a move is counted: the open tickets now, or a snapshot's counts. */
    @FunctionalInterface
    private interface Counts {
        void add(String regionAndStage, long delta) throws Exception;
    }

    private void apply(StageMove move) throws Exception {
        apply(move, (key, delta) -> {
            Long current = open.get(key);
            open.put(key, (current == null ? 0 : current) + delta);
        });
    }

    private static void apply(StageMove move, Map<String, Long> counts) throws Exception {
        apply(move, (key, delta) -> counts.merge(key, delta, Long::sum));
    }

    // Counts are kept at zero too, so a region whose backlog cleared still gets its rows of 0.
    private static void apply(StageMove move, Counts counts) throws Exception {
        if (move.from() != null) {
            counts.add(move.fromRegion() + SEPARATOR + move.from().name(), -1);
        }
        if (move.to() != null) {
            counts.add(move.toRegion() + SEPARATOR + move.to().name(), 1);
        }
    }

    /** Rows for every region seen and for ALL, each with the total and every stage. */
    private void write(String tenant, LocalDate day, long asOf, Map<String, Long> counts, Collector<IndicatorRow> out)
            throws Exception {
        Map<String, Map<Stage, Long>> byRegion = new TreeMap<>();
        byRegion.put(Regions.ALL, new EnumMap<>(Stage.class));
        for (Map.Entry<String, Long> e : counts.entrySet()) {
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
