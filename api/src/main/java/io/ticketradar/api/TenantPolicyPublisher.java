package io.ticketradar.api;

/** Hands a tenant's policy versions to the compacted {@code tenant-policies} topic, from which the jobs learn them. */
public interface TenantPolicyPublisher {

    /** Publishes and returns once the broker acknowledged; keyed by tenant, so the newest message per tenant is kept. */
    void publishPolicy(String tenantId, String message) throws PublishException;
}
