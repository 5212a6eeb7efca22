package io.ticketradar.pipelines.policy;

import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.Indicator;
import org.apache.flink.util.Collector;

import java.io.Serializable;

/**
 * Stamps each indicator row with its tenant's healthy threshold in force at the moment the row is about (a day's
 * start, a rolling window's end), so the wall's colours follow a threshold changed through the API without a
 * restart; the rows' mappers write what they are stamped with.
 */
public final class JudgeByPolicy<R extends JudgeByPolicy.Judged<R>> extends LearnsPolicies<R, R> {

    /** A row an indicator's healthy threshold judges. */
    public interface Judged<R> {
        String tenantId();

        Indicator indicator();

        /** This row judged by {@code healthy}. */
        R judged(Healthy healthy);
    }

    /** The moment (epoch ms) whose policy judges a row. */
    @FunctionalInterface
    public interface About<R> extends Serializable {
        long of(R row);
    }

    private final About<R> about;

    public JudgeByPolicy(PoliciesInForce policies, About<R> about) {
        super(policies);
        this.about = about;
    }

    @Override
    public void processElement(R row, ReadOnlyContext ctx, Collector<R> out) throws Exception {
        Healthy healthy = policies.healthy(
                row.tenantId(), row.indicator(), about.of(row), ctx.getBroadcastState(PoliciesInForce.STATE));
        out.collect(row.judged(healthy));
    }
}
