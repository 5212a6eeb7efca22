package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.api.TenantPolicyCheck;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.policy.PolicyVersion;
import io.ticketradar.pipelines.policy.TenantPolicyJson;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The API's check of tenants' policies is the jobs' own reader ({@link TenantPolicyJson}), so what the API adopts the
 * jobs apply; the start-up policy is the one the jobs were started with.
 */
final class TenantPolicyChecks implements TenantPolicyCheck {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final IndicatorSettings startup;
    private final AlertSettings startupAlerts;

    /** @param startupAlerts the webhooks of version 0 */
    TenantPolicyChecks(IndicatorSettings startup, AlertSettings startupAlerts) {
        this.startup = startup;
        this.startupAlerts = startupAlerts;
    }

    @Override
    public Set<String> fields() {
        return TenantPolicyJson.FIELDS;
    }

    @Override
    public ObjectNode configured(String tenantId) {
        // the version fills in the spec's threshold of every indicator the tenant does not name
        Map<Indicator, Healthy> own = startup.thresholds().byTenant().getOrDefault(tenantId, Map.of());
        ObjectNode configured = TenantPolicyJson.body(new PolicyVersion(
                0,
                Instant.EPOCH,
                Instant.EPOCH,
                "configuration",
                startup.slas().of(tenantId),
                own,
                startupAlerts.webhooksOf(tenantId)));
        return configured.putNull("effective_from"); // in force from the start, until a version is adopted
    }

    @Override
    public ObjectNode answered(ObjectNode policy) {
        return TenantPolicyJson.answered(policy);
    }

    @Override
    public Verdict check(String tenantId, JsonNode body, Instant at, ObjectNode inForce) {
        ZoneId zone = startup.zones().zoneOf(tenantId);
        List<Webhook> webhooksInForce =
                TenantPolicyJson.parse(inForce, zone) instanceof TenantPolicyJson.Checked.Valid v
                        ? v.webhooks()
                        : List.of();
        return switch (TenantPolicyJson.parse(body, zone, webhooksInForce)) {
            case TenantPolicyJson.Checked.Invalid invalid -> new Verdict.Refused(invalid.problems());
            case TenantPolicyJson.Checked.Valid valid -> {
                Instant from = valid.effectiveFrom() == null ? at : valid.effectiveFrom();
                PolicyVersion version =
                        new PolicyVersion(0, from, at, "", valid.sla(), valid.healthy(), valid.webhooks());
                yield new Verdict.Adopted(TenantPolicyJson.body(version).toString(), from);
            }
        };
    }

    @Override
    public String message(String tenantId, List<Stored> stored) {
        return TenantPolicyJson.message(tenantId, versions(tenantId, stored));
    }

    /** The stored versions as the jobs apply them. */
    List<PolicyVersion> versions(String tenantId, List<Stored> stored) {
        List<PolicyVersion> versions = new ArrayList<>();
        for (Stored s : stored) {
            JsonNode body;
            try {
                body = JSON.readTree(s.policy());
            } catch (IOException e) {
                throw new UncheckedIOException("stored policy version " + s.version() + " of " + tenantId, e);
            }
            // Stored policies were checked on adoption: their effective moment carries its offset, their business
            // hours are the tenant's zone's.
            if (TenantPolicyJson.parse(body, startup.zones().zoneOf(tenantId))
                    instanceof TenantPolicyJson.Checked.Valid v) {
                versions.add(new PolicyVersion(
                        s.version(),
                        v.effectiveFrom(),
                        s.adoptedAt(),
                        s.adoptedBy(),
                        v.sla(),
                        v.healthy(),
                        v.webhooks()));
            } else {
                throw new IllegalStateException(
                        "stored policy version " + s.version() + " of " + tenantId + " no longer reads as a policy");
            }
        }
        return versions;
    }
}
