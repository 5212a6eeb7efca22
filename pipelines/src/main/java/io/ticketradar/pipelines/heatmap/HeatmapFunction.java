package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.warehouse.tables.HeatmapWindow;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keyed by (tenant, window, day): sums the cell changes of one heatmap and writes the cells that changed at
 * most once per refresh period of event time, each write with the next version of the heatmap. A cell
 * left without tickets is written with zeros once (so the table forgets its old counts) and then dropped.
 *
 * <p>The heatmap's state is dropped once event time passes the end of its day plus the correction horizon:
 * the newest tickets a window holds were created on its day, so for a 7-day window that is 7 days plus the
 * horizon after its oldest day. A change to a ticket whose creation day is past its own horizon is counted
 * ({@code changesBeyondHorizon}) and applied to no window, so every 7-day cell stays the sum of its
 * day cells, and no retraction ever meets forgotten sums.
 */
public final class HeatmapFunction extends KeyedProcessFunction<String, CellDelta, HeatmapCell> {

    private static final char SEPARATOR = '\u0000';

    private final TenantZones zones;
    private final long refresh;
    private final long horizon;

    private transient MapState<Cell, Counts> cells;
    private transient MapState<Cell, Counts> pending;
    private transient ValueState<Long> version;
    private transient ValueState<Long> refreshAt;
    private transient Counter beyondHorizon;

    /** Uses the indicators' zones, refresh period and correction horizon: the heatmap and they agree on days. */
    public HeatmapFunction(IndicatorSettings settings) {
        this.zones = settings.zones();
        this.refresh = settings.dailyRefresh().toMillis();
        this.horizon = settings.correctionHorizon().toMillis();
    }

    /** The key of one heatmap: tenant, window and day. */
    public static String key(CellDelta delta) {
        return delta.tenantId() + SEPARATOR + delta.window().name() + SEPARATOR + delta.day();
    }

    @Override
    public void open(OpenContext openContext) {
        cells = getRuntimeContext().getMapState(new MapStateDescriptor<>("cells", Cell.class, Counts.class));
        // The cells changed since the last write, each with the counts last written (zeros if never).
        pending = getRuntimeContext().getMapState(new MapStateDescriptor<>("pending", Cell.class, Counts.class));
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.LONG));
        refreshAt = getRuntimeContext().getState(new ValueStateDescriptor<>("refresh-at", Types.LONG));
        beyondHorizon = getRuntimeContext().getMetricGroup().counter("changesBeyondHorizon");
    }

    @Override
    public void processElement(CellDelta delta, Context ctx, Collector<HeatmapCell> out) throws Exception {
        if (closeOut(delta.tenantId(), delta.cohortDay()) <= ctx.timerService().currentWatermark()) {
            beyondHorizon.inc();
            return;
        }
        Counts now = cells.get(delta.cell());
        if (now == null) {
            now = Counts.ZERO;
        }
        if (!pending.contains(delta.cell())) {
            pending.put(delta.cell(), now);
        }
        cells.put(delta.cell(), now.plus(delta.change()));
        if (refreshAt.value() == null) {
            long at = (ctx.timestamp() / refresh + 1) * refresh;
            ctx.timerService().registerEventTimeTimer(at);
            refreshAt.update(at);
        }
        ctx.timerService().registerEventTimeTimer(closeOut(delta.tenantId(), delta.day()));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<HeatmapCell> out) throws Exception {
        Heatmap heatmap = Heatmap.of(ctx.getCurrentKey());
        Long pendingRefresh = refreshAt.value();
        boolean closingOut = timestamp >= closeOut(heatmap.tenantId(), heatmap.day());
        if (pendingRefresh != null && (pendingRefresh <= timestamp || closingOut)) {
            writeChanged(heatmap, timestamp, out);
            refreshAt.clear();
            if (pendingRefresh > timestamp) {
                ctx.timerService().deleteEventTimeTimer(pendingRefresh);
            }
        }
        if (closingOut) {
            cells.clear();
            pending.clear();
            version.clear();
        }
    }

    private void writeChanged(Heatmap heatmap, long asOf, Collector<HeatmapCell> out) throws Exception {
        long next = version.value() == null ? 1 : version.value() + 1;
        List<HeatmapCell> rows = new ArrayList<>();
        for (Map.Entry<Cell, Counts> changed : pending.entries()) {
            Cell cell = changed.getKey();
            Counts now = cells.get(cell);
            if (!now.equals(changed.getValue())) {
                rows.add(new HeatmapCell(heatmap.tenantId(), heatmap.window(), heatmap.day(), cell, now, asOf, next));
            }
            if (now.isZero()) {
                cells.remove(cell);
            }
        }
        pending.clear();
        if (!rows.isEmpty()) {
            version.update(next);
            rows.forEach(out::collect);
        }
    }

    /** When a day's tickets can no longer change: the day's end in the tenant's zone plus the horizon. */
    private long closeOut(String tenantId, LocalDate day) {
        return zones.endOf(tenantId, day).toEpochMilli() + horizon;
    }

    /** A key taken apart. */
    private record Heatmap(String tenantId, HeatmapWindow window, LocalDate day) {

        static Heatmap of(String key) {
            String[] parts = key.split(String.valueOf(SEPARATOR), -1);
            return new Heatmap(parts[0], HeatmapWindow.valueOf(parts[1]), LocalDate.parse(parts[2]));
        }
    }
}
