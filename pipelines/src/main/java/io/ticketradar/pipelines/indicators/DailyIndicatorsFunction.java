package io.ticketradar.pipelines.indicators;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.TenantZones;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Keyed by (tenant, calendar day): sums the contributions of the day's tickets per indicator, region and
 * engineer, and writes the rows that changed at most once per refresh period of event time. A correction
 * to a ticket arrives as a retraction plus an addition, so the day's rows are re-written with the ticket's
 * new share and a higher version.
 *
 * <p>The day's state is dropped once event time passes the day's end plus the correction horizon;
 * contributions to it after that are counted ({@code contributionsBeyondHorizon}) and not applied, since
 * a retraction against forgotten sums would corrupt the row.
 */
public final class DailyIndicatorsFunction extends KeyedProcessFunction<String, Contribution, IndicatorRow> {

    private static final char SEPARATOR = '\u0000';

    private final TenantZones zones;
    private final long refresh;
    private final long horizon;

    private transient MapState<String, Tally> tallies;
    private transient MapState<String, Figures> written;
    private transient MapState<String, Boolean> changed;
    private transient ValueState<Long> version;
    private transient ValueState<Long> refreshAt;
    private transient Counter beyondHorizon;

    public DailyIndicatorsFunction(IndicatorSettings settings) {
        this.zones = settings.zones();
        this.refresh = settings.dailyRefresh().toMillis();
        this.horizon = settings.correctionHorizon().toMillis();
    }

    /** Keys a contribution by its tenant and the tenant's calendar day of its anchor. */
    public static KeySelector<Contribution, String> byDay(TenantZones zones) {
        return c -> c.tenantId() + SEPARATOR + zones.dayOf(c.tenantId(), Instant.ofEpochMilli(c.anchor()));
    }

    @Override
    public void open(OpenContext openContext) {
        tallies = getRuntimeContext()
                .getMapState(new MapStateDescriptor<>("tallies", Types.STRING, Types.POJO(Tally.class)));
        written = getRuntimeContext().getMapState(new MapStateDescriptor<>("written", String.class, Figures.class));
        changed = getRuntimeContext().getMapState(new MapStateDescriptor<>("changed", Types.STRING, Types.BOOLEAN));
        version = getRuntimeContext().getState(new ValueStateDescriptor<>("version", Types.LONG));
        refreshAt = getRuntimeContext().getState(new ValueStateDescriptor<>("refresh-at", Types.LONG));
        beyondHorizon = getRuntimeContext().getMetricGroup().counter("contributionsBeyondHorizon");
    }

    @Override
    public void processElement(Contribution c, Context ctx, Collector<IndicatorRow> out) throws Exception {
        long closeOut = closeOut(ctx.getCurrentKey());
        if (closeOut <= ctx.timerService().currentWatermark()) {
            beyondHorizon.inc();
            return;
        }
        for (Indicator.Slice slice : c.indicator().slices(c.region(), c.engineerId())) {
            String key = c.indicator().name() + SEPARATOR + slice.region() + SEPARATOR + slice.engineerId();
            Tally tally = tallies.get(key);
            if (tally == null) {
                tally = new Tally(c.indicator(), slice);
            }
            tally.apply(c, 1);
            tallies.put(key, tally);
            changed.put(key, Boolean.TRUE);
        }
        if (refreshAt.value() == null) {
            long at = (ctx.timestamp() / refresh + 1) * refresh;
            ctx.timerService().registerEventTimeTimer(at);
            refreshAt.update(at);
        }
        ctx.timerService().registerEventTimeTimer(closeOut);
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<IndicatorRow> out) throws Exception {
        Long pendingRefresh = refreshAt.value();
        boolean closingOut = timestamp >= closeOut(ctx.getCurrentKey());
        if (pendingRefresh != null && (pendingRefresh <= timestamp || closingOut)) {
            writeChanged(ctx.getCurrentKey(), timestamp, out);
            refreshAt.clear();
            if (pendingRefresh > timestamp) {
                ctx.timerService().deleteEventTimeTimer(pendingRefresh);
            }
        }
        if (closingOut) {
            tallies.clear();
            written.clear();
            changed.clear();
            version.clear();
        }
    }

    private void writeChanged(String key, long asOf, Collector<IndicatorRow> out) throws Exception {
        long next = version.value() == null ? 1 : version.value() + 1;
        List<IndicatorRow> rows = new ArrayList<>();
        for (String tallyKey : changed.keys()) {
            Tally tally = tallies.get(tallyKey);
            Figures figures = tally.figures();
            if (!figures.equals(written.get(tallyKey))) {
                written.put(tallyKey, figures);
                rows.add(new IndicatorRow(
                        tenantOf(key),
                        dayOf(key),
                        tally.region,
                        tally.engineerId,
                        tally.indicator,
                        figures,
                        asOf,
                        next));
            }
        }
        changed.clear();
        if (!rows.isEmpty()) {
            version.update(next);
            rows.forEach(out::collect);
        }
    }

    private long closeOut(String key) {
        return zones.endOf(tenantOf(key), dayOf(key)).toEpochMilli() + horizon;
    }

    private static String tenantOf(String key) {
        return key.substring(0, key.indexOf(SEPARATOR));
    }

    private static LocalDate dayOf(String key) {
        return LocalDate.parse(key.substring(key.indexOf(SEPARATOR) + 1));
    }
}
