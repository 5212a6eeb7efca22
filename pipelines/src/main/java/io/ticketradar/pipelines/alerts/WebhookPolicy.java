package io.ticketradar.pipelines.alerts;

import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;

/**
 * How hard webhook deliveries try. Attempt n (from 1) that fails is retried after
 * {@code initialBackoff * 2^(n-1)}, at most {@code maxBackoff}, until {@code maxAttempts}.
 *
 * @param requestTimeout how long one attempt may take, connection included, before it counts as failed
 * @param queueCapacity  deliveries accepted but not yet finished (waiting retries included); beyond it new
 *                       ones are dropped and counted, so a dead receiver cannot grow memory without bound
 * @param closeGrace     how long closing the sink waits for deliveries in flight before abandoning them
 */
public record WebhookPolicy(
        int maxAttempts,
        Duration initialBackoff,
        Duration maxBackoff,
        Duration requestTimeout,
        int queueCapacity,
        Duration closeGrace)
        implements Serializable {

    public WebhookPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
        }
        if (queueCapacity < 1) {
            throw new IllegalArgumentException("queueCapacity must be at least 1: " + queueCapacity);
        }
        for (Duration d : new Duration[] {initialBackoff, maxBackoff, requestTimeout, closeGrace}) {
            if (Objects.requireNonNull(d, "durations").isNegative()) {
                throw new IllegalArgumentException("durations must not be negative: " + d);
            }
        }
    }

    /** 5 attempts over about 15 s (1, 2, 4, 8 s apart), 10 s per attempt, 1,000 deliveries queued, 5 s grace on close. */
    public static WebhookPolicy defaults() {
        return new WebhookPolicy(
                5, Duration.ofSeconds(1), Duration.ofMinutes(1), Duration.ofSeconds(10), 1_000, Duration.ofSeconds(5));
    }

    /** The wait before attempt {@code failedAttempt + 1}. */
    Duration backoffAfter(int failedAttempt) {
        Duration backoff = initialBackoff.multipliedBy(1L << Math.min(failedAttempt - 1, 30));
        return backoff.compareTo(maxBackoff) > 0 ? maxBackoff : backoff;
    }
}
