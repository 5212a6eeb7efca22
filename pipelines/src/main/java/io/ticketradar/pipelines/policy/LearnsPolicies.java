package io.ticketradar.pipelines.policy;

import org.apache.flink.streaming.api.functions.co.BroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * A step that applies each tenant's policy in force to what flows through it: it learns the
 * {@value TenantPolicyJson#TOPIC} messages broadcast as {@link PoliciesInForce#STATE} and asks {@link #policies} with
 * that state.
 */
public abstract class LearnsPolicies<I, O> extends BroadcastProcessFunction<I, String, O> {

    protected final PoliciesInForce policies;

    protected LearnsPolicies(PoliciesInForce policies) {
        this.policies = policies;
    }

    @Override
    public final void processBroadcastElement(String message, Context ctx, Collector<O> out) throws Exception {
        policies.learn(message, ctx.getBroadcastState(PoliciesInForce.STATE));
    }
}
