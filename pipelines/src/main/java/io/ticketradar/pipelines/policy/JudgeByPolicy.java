package io.ticketradar.pipelines.policy;

import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.Indicator;
import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

import java.io.Serializable;

/**
 * Stamps each indicator row with its tenant's healthy threshold in force at the moment the row is about (a day's
 * start, a rolling window's end), so the wall's colours follow a threshold changed through the API without a
 * restart; the rows' mappers write what they are stamped with.
 */
public final class JudgeByPolicy<R> extends BroadcastProcessFunction<R, String, R> {

    /** What the stamping needs to know of a row type. */
    public interface Rows<R> extends Serializable {
        String tenantId(R row);

        Indicator indicator(R row);

        /** Epoch ms of the moment whose policy judges the row. */
        long about(R row);

        R judged(R row, Healthy healthy);
    }

    private final PoliciesInForce policies;
    private final Rows<R> rows;

    public JudgeByPolicy(PoliciesInForce policies, Rows<R> rows) {
        this.policies = policies;
        this.rows = rows;
    }

    @Override
    public void processBroadcastElement(String message, Context ctx, Collector<R> out) throws Exception {
        policies.learn(message, ctx.getBroadcastState(PoliciesInForce.STATE));
    }

    @Override
    public void processElement(R row, ReadOnlyContext ctx, Collector<R> out) throws Exception {
        Healthy healthy = policies.healthy(
                rows.tenantId(row), rows.indicator(row), rows.about(row), ctx.getBroadcastState(PoliciesInForce.STATE));
        out.collect(rows.judged(row, healthy));
    }
}
