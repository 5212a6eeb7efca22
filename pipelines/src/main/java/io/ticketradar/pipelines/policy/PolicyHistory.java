package io.ticketradar.pipelines.policy;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Every adopted version of a tenant's policy. Kept whole (not only the newest), so a ticket opened last week is still
 * judged by the policy of last week while today's tickets follow today's: a change applies from its effective moment
 * on and past days stay as they were judged until they are recomputed.
 */
public record PolicyHistory(String tenantId, List<PolicyVersion> versions) implements Serializable {

    public PolicyHistory {
        versions = versions.stream()
                .sorted(Comparator.comparingLong(PolicyVersion::version))
                .toList();
    }

    /**
     * The version in force at {@code epochMillis}: of those effective by then, the one adopted last; empty before the
     * first (the start-up configuration applies).
     */
    public Optional<PolicyVersion> at(long epochMillis) {
        PolicyVersion inForce = null;
        for (PolicyVersion v : versions) {
            if (v.effectiveFrom().toEpochMilli() <= epochMillis) {
                inForce = v;
            }
        }
        return Optional.ofNullable(inForce);
    }

    public long newestVersion() {
        return versions.isEmpty() ? 0 : versions.getLast().version();
    }
}
