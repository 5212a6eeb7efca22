package io.ticketradar.api;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketradar.events.RejectionReason;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counters of events taken in through the API: {@code ticketradar_api_events_accepted_total} and
 * {@code ticketradar_api_events_rejected_total{reason}}. Every known reason is registered at zero up
 * front, so a dashboard's rate() has a series before the first rejection of that kind.
 */
final class IngestMetrics {

    private final MeterRegistry registry;
    private final Counter accepted;
    private final Map<String, Counter> rejectedByReason = new ConcurrentHashMap<>();

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.accepted = Counter.builder("ticketradar.api.events.accepted")
                .description("Events accepted by POST /api/v1/events and acknowledged by the broker")
                .register(registry);
        for (RejectionReason reason : RejectionReason.values()) {
            rejectedCounter(reason.name());
        }
        rejectedCounter(EventsHandler.FOREIGN_TENANT);
    }

    void accepted(int count) {
        accepted.increment(count);
    }

    void rejected(String reason) {
        rejectedCounter(reason).increment();
    }

    private Counter rejectedCounter(String reason) {
        return rejectedByReason.computeIfAbsent(
                reason,
                r -> Counter.builder("ticketradar.api.events.rejected")
                        .description("Events refused by POST /api/v1/events, by reason")
                        .tag("reason", r)
                        .register(registry));
    }
}
