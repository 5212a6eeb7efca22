package io.ticketradar.pipelines.alerts;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.MetricGroup;

/**
 * Webhook delivery metrics: deliveries that reached their receiver, attempts that will be tried again,
 * deliveries given up after their last attempt or a final refusal, and deliveries dropped because the queue
 * was full.
 */
public record DeliveryCounters(Counter sent, Counter retried, Counter failed, Counter dropped) {

    static DeliveryCounters register(MetricGroup group) {
        MetricGroup webhooks = group.addGroup("webhooks");
        return new DeliveryCounters(
                webhooks.counter("sent"),
                webhooks.counter("retried"),
                webhooks.counter("failed"),
                webhooks.counter("dropped"));
    }
}
