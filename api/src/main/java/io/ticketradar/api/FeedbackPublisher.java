package io.ticketradar.api;

/**
 * Hands people's decisions about failure patterns to the {@code pattern-feedback} topic, from which the running
 * detector learns them (a dismissed pattern is not raised again).
 */
public interface FeedbackPublisher {

    /**
     * Publishes one decision and returns only once the broker acknowledged it.
     *
     * @param key   {@code <tenant_id>|<pattern_id>}, so one pattern's decisions stay in order
     * @param value the decision as JSON
     */
    void publishFeedback(String key, String value) throws PublishException;
}
