package io.ticketradar.pipelines.alerts;

import java.util.List;

/** An alert with the webhooks its tenant's policy in force at the alert's moment posts it to. */
public record AddressedAlert(Alert alert, List<Webhook> webhooks) {

    public AddressedAlert {
        webhooks = List.copyOf(webhooks);
    }
}
