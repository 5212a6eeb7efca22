package io.ticketradar.app;

import io.ticketradar.api.TenantPolicyCheck;
import io.ticketradar.api.TenantPolicyVersions;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.policy.PolicyHistory;
import io.ticketradar.pipelines.policy.PolicyVersion;
import io.ticketradar.warehouse.Warehouse;

import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Each tenant's webhooks in force now, as the jobs address an alert raised now: those of its newest policy version
 * effective by now (adopted through the API and stored in {@code tenant_policies}), else the start-up configuration's.
 * Read afresh on every call: a webhook changed through the API receives the next digest.
 */
final class WebhooksInForce implements Function<String, List<Webhook>> {

    private final Warehouse warehouse;
    private final TenantPolicyChecks policies;
    private final AlertSettings startup;
    private final Clock clock;

    WebhooksInForce(Warehouse warehouse, TenantPolicyChecks policies, AlertSettings startup, Clock clock) {
        this.warehouse = warehouse;
        this.policies = policies;
        this.startup = startup;
        this.clock = clock;
    }

    @Override
    public List<Webhook> apply(String tenantId) {
        List<TenantPolicyCheck.Stored> stored = TenantPolicyVersions.of(warehouse, tenantId);
        return new PolicyHistory(tenantId, policies.versions(tenantId, stored))
                .at(clock.millis())
                .map(PolicyVersion::webhooks)
                .orElseGet(() -> startup.webhooksOf(tenantId));
    }
}
