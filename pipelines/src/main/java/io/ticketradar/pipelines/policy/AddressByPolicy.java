package io.ticketradar.pipelines.policy;

import io.ticketradar.pipelines.alerts.AddressedAlert;
import io.ticketradar.pipelines.alerts.Alert;
import org.apache.flink.util.Collector;

/**
 * Addresses each alert to the webhooks of its tenant's policy in force when it was raised, so webhooks changed through
 * the API receive the next alert without a restart. An alert whose tenant has no webhook goes no further.
 */
public final class AddressByPolicy extends LearnsPolicies<Alert, AddressedAlert> {

    public AddressByPolicy(PoliciesInForce policies) {
        super(policies);
    }

    @Override
    public void processElement(Alert alert, ReadOnlyContext ctx, Collector<AddressedAlert> out) throws Exception {
        var webhooks = policies.webhooks(
                alert.tenantId(), alert.raisedAt().toEpochMilli(), ctx.getBroadcastState(PoliciesInForce.STATE));
        if (!webhooks.isEmpty()) {
            out.collect(new AddressedAlert(alert, webhooks));
        }
    }
}
