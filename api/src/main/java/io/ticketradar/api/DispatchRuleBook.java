package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.UnaryOperator;

/**
 * Adopts dispatch rule sets, whether PUT whole or changed by an approved proposal: the change is made to the set in
 * force, checked as a whole (a set with any problem is refused with 422 and the rules in force stay), stored as the
 * next version in {@code dispatch_rules}, then published to the {@code dispatch-rules} topic for the running job.
 *
 * <p>Stored before published, like pattern decisions: when the broker does not acknowledge, the caller gets a 503 and
 * sends the same request again, which adopts the set as one more version.
 */
final class DispatchRuleBook {

    private static final Logger LOG = LoggerFactory.getLogger(DispatchRuleBook.class);

    private final DispatchRuleVersions versions;
    private final DispatchRuleCheck check;
    private final DispatchRulesPublisher publisher;
    private final Clock clock;
    // Rule changes are rare and human-paced: one at a time keeps version numbers gapless and unique.
    private final ReentrantLock lock = new ReentrantLock();

    DispatchRuleBook(
            DispatchRuleVersions versions, DispatchRuleCheck check, DispatchRulesPublisher publisher, Clock clock) {
        this.versions = versions;
        this.check = check;
        this.publisher = publisher;
        this.clock = clock;
    }

    Optional<ObjectNode> current(String tenantId) {
        return versions.current(tenantId);
    }

    Optional<ObjectNode> version(String tenantId, long version) {
        return versions.version(tenantId, version);
    }

    /**
     * @param change the new set from the one in force ({@code {"rules":[],...}} when there is none yet); it may throw
     *     an {@link ApiException} when the change no longer applies
     * @return the adopted set as answered
     */
    ObjectNode adopt(String tenantId, UnaryOperator<JsonNode> change, String by) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        DispatchRuleCheck.Verdict.Adopted adopted;
        long version;
        ObjectNode answer;
        lock.lock();
        try {
            Optional<ObjectNode> inForce = versions.current(tenantId);
            long current = inForce.map(v -> v.get("version").asLong()).orElse(0L);
            version = current + 1;
            JsonNode body = change.apply(inForce.map(DispatchRuleBook::body).orElseGet(DispatchRuleBook::empty));
            switch (check.check(tenantId, version, body)) {
                case DispatchRuleCheck.Verdict.Refused refused -> throw refusal(current, refused);
                case DispatchRuleCheck.Verdict.Adopted a -> adopted = a;
            }
            answer = versions.save(tenantId, version, adopted.rules(), at, by);
        } finally {
            lock.unlock();
        }
        try {
            publisher.publishRules(tenantId, adopted.message());
        } catch (PublishException e) {
            LOG.warn(
                    "dispatch rules version {} of tenant {} stored but not published: {}",
                    version,
                    tenantId,
                    e.getMessage());
            throw ApiException.unavailable("the rule set is stored as version " + version + " but the event broker did"
                    + " not take it, so dispatch does not apply it yet; send the same request again: "
                    + e.getMessage());
        }
        LOG.info("dispatch rules of tenant {} adopted as version {} by {}", tenantId, version, by);
        return answer;
    }

    /** Refuses with 422, as {@link #adopt} would, a change that would not give a valid set now; adopts nothing. */
    void tryOut(String tenantId, UnaryOperator<JsonNode> change) {
        Optional<ObjectNode> inForce = versions.current(tenantId);
        long current = inForce.map(v -> v.get("version").asLong()).orElse(0L);
        JsonNode body = change.apply(inForce.map(DispatchRuleBook::body).orElseGet(DispatchRuleBook::empty));
        if (check.check(tenantId, current + 1, body) instanceof DispatchRuleCheck.Verdict.Refused refused) {
            throw refusal(current, refused);
        }
    }

    /** The rules and streak of a set as answered, without its tenant, version and adoption. */
    private static ObjectNode body(ObjectNode inForce) {
        ObjectNode body = inForce.objectNode();
        body.set("rules", inForce.get("rules"));
        body.set("streak", inForce.get("streak"));
        return body;
    }

    private static ApiException refusal(long current, DispatchRuleCheck.Verdict.Refused refused) {
        return ApiException.unprocessable("the rule set is refused"
                + (current == 0 ? "" : " and version " + current + " stays in force") + ": "
                + String.join("; ", refused.problems()));
    }

    private static ObjectNode empty() {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.putArray("rules");
        return body;
    }
}
