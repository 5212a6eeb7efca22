package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Reads tenants' policies (service levels, healthy thresholds, webhooks) as the jobs read them: the model lives with the
 * jobs, which must apply exactly what was checked; the app hands it to the server.
 */
public interface TenantPolicyCheck {

    /** A policy's top-level fields. */
    Set<String> fields();

    /** The tenant's policy before any version was adopted (its start-up configuration), every value spelled out. */
    ObjectNode configured(String tenantId);

    /** A policy as stored or configured, as it is answered: what could be a secret is masked. */
    ObjectNode answered(ObjectNode policy);

    /**
     * Checks {@code body} as the tenant's next policy, adopted at {@code at}.
     *
     * @param inForce the policy in force as stored or configured, whose secrets masked values in the body stand for
     */
    Verdict check(String tenantId, JsonNode body, Instant at, ObjectNode inForce);

    /** The {@code tenant-policies} topic's value for the tenant's versions, oldest first. */
    String message(String tenantId, List<Stored> versions);

    /** A version as stored: {@code policy} is what {@link Verdict.Adopted#policy()} gave. */
    record Stored(long version, Instant adoptedAt, String adoptedBy, String policy) {}

    sealed interface Verdict {
        /** @param policy every value spelled out, {@code effective_from} resolved, as stored and answered */
        record Adopted(String policy, Instant effectiveFrom) implements Verdict {}

        /** @param problems each naming where it is, such as {@code sla.first_response: '0h' is not ...} */
        record Refused(List<String> problems) implements Verdict {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }
}
