package io.ticketradar.pipelines.policy;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.lifecycle.SlaPolicies;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import org.apache.flink.api.common.state.BroadcastState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each tenant's policy as the jobs apply it: the versions adopted through the API (broadcast from the
 * {@value TenantPolicyJson#TOPIC} topic into {@link #STATE}), and before the first of them, or for what happened
 * before it took effect, the start-up configuration (the tenants file, else the spec).
 *
 * <p>A function holding one calls {@link #learn} with each broadcast message and asks {@link #sla}, {@link #healthy},
 * {@link #breakpointThreshold} and {@link #webhooks} with its broadcast state; parsed histories are cached per message.
 */
public final class PoliciesInForce implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PoliciesInForce.class);

    /** Tenant -> its {@value TenantPolicyJson#TOPIC} message (every version). */
    public static final MapStateDescriptor<String, String> STATE =
            new MapStateDescriptor<>("tenant-policies", Types.STRING, Types.STRING);

    private final SlaPolicies slas;
    private final HealthyThresholds thresholds;
    private final AlertSettings alerts;
    /** Tenant -> message known before any is broadcast (a recompute is given the stored versions). */
    private final Map<String, String> known;

    private transient Map<String, Parsed> cache;

    private record Parsed(String message, PolicyHistory history) {}

    public PoliciesInForce(SlaPolicies slas, HealthyThresholds thresholds, AlertSettings alerts) {
        this(slas, thresholds, alerts, Map.of());
    }

    private PoliciesInForce(
            SlaPolicies slas, HealthyThresholds thresholds, AlertSettings alerts, Map<String, String> known) {
        this.slas = slas;
        this.thresholds = thresholds;
        this.alerts = alerts;
        this.known = Map.copyOf(known);
    }

    /** These, with {@code message} (every version of its tenant's policy) known from the start. */
    public PoliciesInForce knowing(String message) {
        Map<String, String> more = new HashMap<>(known);
        more.put(TenantPolicyJson.read(message).tenantId(), message);
        return new PoliciesInForce(slas, thresholds, alerts, more);
    }

    /** The start-up configuration's: the indicators' service levels and thresholds, the breaker's threshold. */
    public static PoliciesInForce of(IndicatorSettings indicators, AlertSettings alerts) {
        return new PoliciesInForce(indicators.slas(), indicators.thresholds(), alerts);
    }

    /** The spec's policy for every tenant until a version is learnt. */
    public static PoliciesInForce defaults() {
        return of(IndicatorSettings.defaults(), AlertSettings.defaults());
    }

    /**
     * Keeps a tenant's message when it holds newer versions than the one kept; a message the API could not have
     * written is logged and ignored, so the versions in force stay.
     *
     * @return whether it changed the state
     */
    public boolean learn(String message, BroadcastState<String, String> state) throws Exception {
        PolicyHistory history;
        try {
            history = TenantPolicyJson.read(message);
        } catch (RuntimeException e) {
            LOG.warn("a {} message was ignored: {}", TenantPolicyJson.TOPIC, e.getMessage());
            return false;
        }
        String kept = state.get(history.tenantId());
        if (kept != null && parsed(history.tenantId(), kept).newestVersion() >= history.newestVersion()) {
            return false;
        }
        state.put(history.tenantId(), message);
        LOG.info("policy of tenant {} now at version {}", history.tenantId(), history.newestVersion());
        return true;
    }

    /** The service levels a ticket opened at {@code at} is judged by. */
    public SlaPolicy sla(String tenantId, long at, ReadOnlyBroadcastState<String, String> state) throws Exception {
        return version(tenantId, at, state).map(PolicyVersion::sla).orElseGet(() -> slas.of(tenantId));
    }

    /** The healthy threshold of a row about a day or window starting at {@code at}. */
    public Healthy healthy(String tenantId, Indicator indicator, long at, ReadOnlyBroadcastState<String, String> state)
            throws Exception {
        return version(tenantId, at, state)
                .map(v -> v.healthyOf(indicator))
                .orElseGet(() -> thresholds.of(tenantId, indicator));
    }

    /** The circuit breaker's threshold for a day starting at {@code at}. */
    public BigDecimal breakpointThreshold(String tenantId, long at, ReadOnlyBroadcastState<String, String> state)
            throws Exception {
        return version(tenantId, at, state)
                .map(PolicyVersion::breakpointThreshold)
                .orElseGet(() -> alerts.thresholdOf(tenantId));
    }

    /** Where an alert raised at {@code at} is posted. */
    public List<Webhook> webhooks(String tenantId, long at, ReadOnlyBroadcastState<String, String> state)
            throws Exception {
        return version(tenantId, at, state).map(PolicyVersion::webhooks).orElseGet(() -> alerts.webhooksOf(tenantId));
    }

    private Optional<PolicyVersion> version(String tenantId, long at, ReadOnlyBroadcastState<String, String> state)
            throws Exception {
        String message = state.get(tenantId);
        if (message == null) {
            message = known.get(tenantId);
        }
        return message == null ? Optional.empty() : parsed(tenantId, message).at(at);
    }

    private PolicyHistory parsed(String tenantId, String message) {
        if (cache == null) {
            cache = new HashMap<>();
        }
        Parsed p = cache.get(tenantId);
        // The heap broadcast state hands back the instance it keeps: identity is the usual hit.
        if (p == null || (p.message() != message && !p.message().equals(message))) {
            p = new Parsed(message, TenantPolicyJson.read(message));
            cache.put(tenantId, p);
        }
        return p.history();
    }
}
