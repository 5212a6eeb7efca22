package io.ticketradar.pipelines.indicators;

import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.watermark.Watermark;
import org.apache.flink.util.Collector;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyed by tenant: the indicators over the rolling 24 h before each refresh instant (tickets created in
 * the window; for closure cycles, closed in it), per region and overall, for wall screens.
 *
 * <p>Contributions are kept in one-minute buckets of their anchor. The window's sums are maintained
 * incrementally: at each refresh the buckets that entered are added and those that left are subtracted
 * and dropped, so a refresh costs the minutes it moved, not the whole window. Contributions anchored
 * before the window are ignored; those anchored after the current window end wait in their bucket.
 * Refreshing stops when the tenant has had nothing in the window for 24 h (its state is dropped) or the
 * input has ended. While event time jumps (history replayed, a restart catching up) only the last refresh a
 * watermark reaches writes rows: the wall shows the rolling window of now, not of every minute of the past.
 */
public final class LiveIndicatorsFunction extends KeyedProcessFunction<String, Contribution, LiveIndicatorRow> {

    static final long WINDOW = Duration.ofHours(24).toMillis();
    static final long BUCKET = Duration.ofMinutes(1).toMillis();

    private final long refresh;

    private transient MapState<Long, List<Contribution>> buckets;
    private transient MapState<String, Tally> window;
    private transient ValueState<Long> windowEnd;

    public LiveIndicatorsFunction(Duration refresh) {
        this.refresh = refresh.toMillis();
    }

    @Override
    public void open(OpenContext openContext) {
        buckets = getRuntimeContext()
                .getMapState(
                        new MapStateDescriptor<>("buckets", Types.LONG, Types.LIST(Types.POJO(Contribution.class))));
        window = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("window", Types.STRING, Types.POJO(Tally.class)));
        windowEnd = getRuntimeContext().getState(new ValueStateDescriptor<>("window-end", Types.LONG));
    }

    @Override
    public void processElement(Contribution c, Context ctx, Collector<LiveIndicatorRow> out) throws Exception {
        Long end = windowEnd.value();
        if (end == null) {
            // Never behind the watermark: after the state was dropped, an old retraction must not reopen a
            // stretch of time whose additions were already expired (and so find nothing to retract).
            long from = Math.max(ctx.timestamp(), ctx.timerService().currentWatermark());
            end = Math.floorDiv(from, refresh) * refresh;
            windowEnd.update(end);
            ctx.timerService().registerEventTimeTimer(end + refresh);
        }
        long bucket = Math.floorDiv(c.anchor(), BUCKET) * BUCKET;
        if (bucket < end - WINDOW) {
            return;
        }
        List<Contribution> held = buckets.get(bucket);
        if (held == null) {
            held = new ArrayList<>();
        }
        held.add(c);
        buckets.put(bucket, held);
        if (bucket < end) {
            apply(c, 1);
        }
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<LiveIndicatorRow> out) throws Exception {
        long end = windowEnd.value();
        for (long b = end; b < timestamp; b += BUCKET) {
            applyBucket(b, 1);
        }
        for (long b = end - WINDOW; b < timestamp - WINDOW; b += BUCKET) {
            applyBucket(b, -1);
            buckets.remove(b);
        }
        windowEnd.update(timestamp);
        long watermark = ctx.timerService().currentWatermark();
        boolean last = watermark == Watermark.MAX_WATERMARK.getTimestamp();
        // Catching up (a replay, a restart): a refresh the watermark has already passed is replaced by the next, so
        // rows are written once per watermark step, not once per minute of history it jumps over.
        if (last || timestamp + refresh > watermark) {
            for (Tally tally : window.values()) {
                out.collect(new LiveIndicatorRow(
                        ctx.getCurrentKey(),
                        tally.region,
                        tally.indicator,
                        tally.figures(),
                        timestamp - WINDOW,
                        timestamp));
            }
        }
        if (buckets.isEmpty()) {
            window.clear();
            windowEnd.clear();
        } else if (!last) {
            ctx.timerService()
                    .registerEventTimeTimer(Math.max(timestamp + refresh, Math.floorDiv(watermark, refresh) * refresh));
        }
    }

    /**
     * Adds a bucket's contributions in arrival order, or takes them out in reverse: a bucket may hold a closure
     * sample's addition and later its retraction, and the sample must be put back before it is taken out.
     */
    private void applyBucket(long bucket, int sign) throws Exception {
        List<Contribution> held = buckets.get(bucket);
        if (held != null) {
            for (Contribution c : sign > 0 ? held : held.reversed()) {
                apply(c, sign);
            }
        }
    }

    private void apply(Contribution c, int sign) throws Exception {
        for (Indicator.Slice slice : c.indicator().slices(c.region(), "")) {
            String key = c.indicator().name() + '\u0000' + slice.region();
            Tally tally = window.get(key);
            if (tally == null) {
                tally = new Tally(c.indicator(), slice);
            }
            tally.apply(c, sign);
            window.put(key, tally);
        }
    }
}
