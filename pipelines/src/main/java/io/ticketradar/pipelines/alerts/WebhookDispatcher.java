package io.ticketradar.pipelines.alerts;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Posts alerts to webhooks off the caller's thread. {@link #submit} only counts the delivery in and hands it
 * to a scheduler thread, so a slow, hung or failing receiver never holds up the Flink task. Requests are
 * asynchronous with a timeout; failed attempts are retried with exponential backoff and given up after the
 * policy's last attempt, with a log line and a metric. Nothing here throws at the caller for a delivery. Used by
 * the alert sink and by the app's morning digest.
 */
public final class WebhookDispatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    static final String ALERT_ID_HEADER = "X-TicketRadar-Alert-Id";

    /** One alert for one webhook, rendered in the webhook's format. */
    public record Delivery(String tenantId, String alertId, Webhook webhook, String body) {}

    private final WebhookPolicy policy;
    private final DeliveryCounters counters;
    private final HttpClient http;
    private final ScheduledExecutorService scheduler;
    private final AtomicInteger pending = new AtomicInteger();

    public WebhookDispatcher(WebhookPolicy policy, DeliveryCounters counters) {
        this.policy = policy;
        this.counters = counters;
        this.http =
                HttpClient.newBuilder().connectTimeout(policy.requestTimeout()).build();
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "ticketradar-webhooks");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Accepts the delivery and returns at once; false (logged and counted as dropped) when the queue is full. */
    public boolean submit(Delivery delivery) {
        if (pending.incrementAndGet() > policy.queueCapacity()) {
            pending.decrementAndGet();
            counters.dropped().inc();
            LOG.warn(
                    "webhook queue full ({} deliveries): dropped alert {} of tenant {} for {}",
                    policy.queueCapacity(),
                    delivery.alertId(),
                    delivery.tenantId(),
                    delivery.webhook());
            return false;
        }
        schedule(delivery, 1, Duration.ZERO);
        return true;
    }

    /** Deliveries accepted and not yet finished, waiting retries included. */
    int pending() {
        return pending.get();
    }

    private void schedule(Delivery delivery, int attempt, Duration delay) {
        try {
            scheduler.schedule(() -> attempt(delivery, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            abandon(delivery, "the dispatcher is closed");
        }
    }

    private void attempt(Delivery delivery, int attempt) {
        try {
            HttpRequest request = HttpRequest.newBuilder(delivery.webhook().url())
                    .timeout(policy.requestTimeout())
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header(ALERT_ID_HEADER, delivery.alertId()) // lets a receiver drop repeats after a replay
                    .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8))
                    .whenComplete((response, error) -> settle(delivery, attempt, response, error));
        } catch (RuntimeException e) { // settle here too, or the delivery would stay pending for ever
            settle(delivery, attempt, null, e);
        }
    }

    private void settle(Delivery delivery, int attempt, HttpResponse<String> response, Throwable error) {
        DeliveryVerdict verdict = error != null
                ? DeliveryVerdict.RETRY
                : delivery.webhook().format().judge(response.statusCode(), response.body());
        String outcome =
                error != null ? describe(error) : "HTTP " + response.statusCode() + " " + abbreviate(response.body());
        if (verdict == DeliveryVerdict.DELIVERED) {
            counters.sent().inc();
            LOG.debug(
                    "alert {} of tenant {} delivered to {} (attempt {})",
                    delivery.alertId(),
                    delivery.tenantId(),
                    delivery.webhook(),
                    attempt);
            finish();
        } else if (verdict == DeliveryVerdict.RETRY && attempt < policy.maxAttempts()) {
            counters.retried().inc();
            Duration backoff = policy.backoffAfter(attempt);
            LOG.info(
                    "alert {} of tenant {} not delivered to {} ({}); attempt {} of {} in {} ms",
                    delivery.alertId(),
                    delivery.tenantId(),
                    delivery.webhook(),
                    outcome,
                    attempt + 1,
                    policy.maxAttempts(),
                    backoff.toMillis());
            schedule(delivery, attempt + 1, backoff);
        } else {
            counters.failed().inc();
            LOG.warn(
                    "giving up alert {} of tenant {} for {} after attempt {} of {}: {}",
                    delivery.alertId(),
                    delivery.tenantId(),
                    delivery.webhook(),
                    attempt,
                    policy.maxAttempts(),
                    outcome);
            finish();
        }
    }

    private static String describe(Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        return cause.toString();
    }

    private static String abbreviate(String body) {
        return body.length() <= 200 ? body : body.substring(0, 200) + "...";
    }

    private void abandon(Delivery delivery, String why) {
        counters.failed().inc();
        LOG.warn(
                "abandoned alert {} of tenant {} for {}: {}",
                delivery.alertId(),
                delivery.tenantId(),
                delivery.webhook(),
                why);
        finish();
    }

    private void finish() {
        if (pending.decrementAndGet() == 0) {
            synchronized (pending) {
                pending.notifyAll();
            }
        }
    }

    /** Waits up to the policy's grace for deliveries in flight, then stops; what is left is abandoned and logged. */
    @Override
    public void close() {
        long deadline = System.nanoTime() + policy.closeGrace().toNanos();
        synchronized (pending) {
            long left;
            while (pending.get() > 0 && (left = deadline - System.nanoTime()) > 0) {
                try {
                    TimeUnit.NANOSECONDS.timedWait(pending, left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        int left = pending.get();
        if (left > 0) {
            LOG.warn("closing with {} webhook deliveries unfinished: they are abandoned", left);
        }
        scheduler.shutdownNow();
        http.shutdownNow();
    }
}
