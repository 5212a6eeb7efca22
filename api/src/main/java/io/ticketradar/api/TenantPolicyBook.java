package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.warehouse.SqlLiterals;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TenantPolicies;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Each tenant's policy versions in {@code tenant_policies}: a PUT is checked whole (a policy with any problem is refused
 * with 422 and the one in force stays), stored as the next version, then every version of the tenant is published to
 * the {@code tenant-policies} topic for the running jobs, which apply a version to what happens from its
 * {@code effective_from} on. Stored before published: when the broker does not acknowledge, the caller gets a 503 and
 * sends the same request again.
 */
final class TenantPolicyBook {

    private static final Logger LOG = LoggerFactory.getLogger(TenantPolicyBook.class);
    static final String APPLIES = "judges tickets opened and days starting from effective_from on; what was judged"
            + " before keeps its figures";

    /** What an answer adds to a policy: ignored when sent back. */
    private static final List<String> ANSWERED = List.of("tenant_id", "version", "adopted_at", "adopted_by", "applies");

    private final Warehouse warehouse;
    private final TenantPolicyCheck check;
    private final TenantPolicyPublisher publisher;
    private final ObjectMapper mapper;
    private final Clock clock;
    // Policy changes are rare and human-paced: one at a time keeps version numbers gapless and unique.
    private final ReentrantLock lock = new ReentrantLock();

    TenantPolicyBook(
            Warehouse warehouse,
            TenantPolicyCheck check,
            TenantPolicyPublisher publisher,
            ObjectMapper mapper,
            Clock clock) {
        this.warehouse = warehouse;
        this.check = check;
        this.publisher = publisher;
        this.mapper = mapper;
        this.clock = clock;
    }

    /** The policy in force as answered: the newest version, or version 0, the start-up configuration. */
    ObjectNode current(String tenantId) {
        List<TenantPolicyCheck.Stored> versions = versions(tenantId);
        if (versions.isEmpty()) {
            ObjectNode view = mapper.createObjectNode()
                    .put("tenant_id", tenantId)
                    .put("version", 0)
                    .putNull("adopted_at")
                    .put("adopted_by", "configuration");
            view.setAll(check.answered(check.configured(tenantId)));
            return view;
        }
        return view(tenantId, versions.getLast());
    }

    /** A policy's fields, and those of the answer it may be sent back with (GET, change, PUT back). */
    Set<String> fields() {
        Set<String> fields = new HashSet<>(check.fields());
        fields.addAll(ANSWERED);
        return fields;
    }

    ObjectNode adopt(String tenantId, JsonNode answer, String by) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        ObjectNode body = answer.deepCopy();
        JsonNode named = body.remove("tenant_id");
        if (named != null && !named.asText().equals(tenantId)) {
            throw ApiException.unprocessable(
                    "tenant_id '" + named.asText() + "' is not the caller's tenant; the policy is the caller's");
        }
        body.remove(ANSWERED);
        TenantPolicyCheck.Stored adopted;
        String message;
        lock.lock();
        try {
            List<TenantPolicyCheck.Stored> versions = new ArrayList<>(versions(tenantId));
            long current = versions.isEmpty() ? 0 : versions.getLast().version();
            ObjectNode inForce = versions.isEmpty() ? check.configured(tenantId) : policy(versions.getLast());
            TenantPolicyCheck.Verdict.Adopted valid = switch (check.check(tenantId, body, at, inForce)) {
                case TenantPolicyCheck.Verdict.Refused refused ->
                    throw ApiException.unprocessable("the policy is refused and version " + current
                            + " stays in force: " + String.join("; ", refused.problems()));
                case TenantPolicyCheck.Verdict.Adopted a -> a;
            };
            adopted = new TenantPolicyCheck.Stored(current + 1, at, by, valid.policy());
            warehouse.insertJsonRows(
                    TenantPolicies.TABLE,
                    List.of(mapper.createObjectNode()
                            .put(TenantPolicies.TENANT_ID, tenantId)
                            .put(TenantPolicies.VERSION, adopted.version())
                            .put(TenantPolicies.POLICY, adopted.policy())
                            .put(TenantPolicies.EFFECTIVE_FROM, SqlLiterals.dateTime64Text(valid.effectiveFrom()))
                            .put(TenantPolicies.ADOPTED_AT, SqlLiterals.dateTime64Text(at))
                            .put(TenantPolicies.ADOPTED_BY, by)
                            .toString()));
            versions.add(adopted);
            message = check.message(tenantId, versions);
        } finally {
            lock.unlock();
        }
        try {
            publisher.publishPolicy(tenantId, message);
        } catch (PublishException e) {
            LOG.warn(
                    "policy version {} of tenant {} stored but not published: {}",
                    adopted.version(),
                    tenantId,
                    e.getMessage());
            throw ApiException.unavailable("the policy is stored as version " + adopted.version() + " but the event"
                    + " broker did not take it, so the jobs do not apply it yet; send the same request again: "
                    + e.getMessage());
        }
        LOG.info("policy of tenant {} adopted as version {} by {}", tenantId, adopted.version(), by);
        return view(tenantId, adopted).put("applies", APPLIES);
    }

    private List<TenantPolicyCheck.Stored> versions(String tenantId) {
        return TenantPolicyVersions.of(warehouse, tenantId);
    }

    private ObjectNode view(String tenantId, TenantPolicyCheck.Stored v) {
        ObjectNode node = mapper.createObjectNode()
                .put("tenant_id", tenantId)
                .put("version", v.version())
                .put("adopted_at", v.adoptedAt().toString())
                .put("adopted_by", v.adoptedBy());
        node.setAll(check.answered(policy(v)));
        return node;
    }

    private ObjectNode policy(TenantPolicyCheck.Stored v) {
        try {
            return (ObjectNode) mapper.readTree(v.policy());
        } catch (IOException e) {
            throw new UncheckedIOException("stored policy version " + v.version() + " is not JSON", e);
        }
    }
}
