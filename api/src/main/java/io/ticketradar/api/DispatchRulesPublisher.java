package io.ticketradar.api;

/** Hands an adopted rule set to the compacted {@code dispatch-rules} topic, from which the running dispatcher learns it. */
public interface DispatchRulesPublisher {

    /** Publishes and returns once the broker acknowledged; keyed by tenant, so the newest set per tenant is kept. */
    void publishRules(String tenantId, String message) throws PublishException;
}
