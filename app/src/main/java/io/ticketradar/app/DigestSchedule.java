package io.ticketradar.app;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import io.ticketradar.api.Digest;
import io.ticketradar.api.Digests;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.DeliveryCounters;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookDispatcher;
import io.ticketradar.pipelines.alerts.WebhookPolicy;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.SimpleCounter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * Pushes each tenant's morning digest to its webhooks (WeCom markdown or JSON) every day at the local time its
 * tenants file asks for ({@code <tenant>.digest.at}), in its own zone, through the same dispatcher and retries as
 * the alerts. A morning that passed while the stack was down is not caught up. Deliveries are counted in
 * {@code ticketradar_digest_webhooks_total{outcome}}.
 */
final class DigestSchedule implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DigestSchedule.class);

    private final Digests digests;
    private final Map<String, LocalTime> times;
    private final TenantZones zones;
    private final Function<String, List<Webhook>> webhooksInForce;
    private final String baseUrl;
    private final Clock clock;
    private final WebhookDispatcher dispatcher;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ticketradar-digest");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param times           the local time of each tenant's digest
     * @param webhooksInForce a tenant's webhooks when its digest is due (they may change at run time)
     * @param delivery        how deliveries are retried and bounded
     * @param baseUrl         where people open TicketRadar, for the digest's links
     */
    DigestSchedule(
            Digests digests,
            Map<String, LocalTime> times,
            TenantZones zones,
            Function<String, List<Webhook>> webhooksInForce,
            WebhookPolicy delivery,
            String baseUrl,
            Clock clock,
            MeterRegistry metrics) {
        this.digests = digests;
        this.times = Map.copyOf(times);
        this.zones = zones;
        this.webhooksInForce = webhooksInForce;
        this.baseUrl = baseUrl;
        this.clock = clock;
        this.dispatcher = new WebhookDispatcher(delivery, counters(metrics));
    }

    void start() {
        times.keySet().forEach(this::scheduleNext);
    }

    /** The next time the tenant's digest is due, strictly after now. */
    ZonedDateTime next(String tenant) {
        ZoneId zone = zones.zoneOf(tenant);
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(zone));
        ZonedDateTime today = ZonedDateTime.of(now.toLocalDate(), times.get(tenant), zone);
        return today.isAfter(now) ? today : ZonedDateTime.of(now.toLocalDate().plusDays(1), times.get(tenant), zone);
    }

    private void scheduleNext(String tenant) {
        ZonedDateTime due = next(tenant);
        long delay =
                Math.max(0, Duration.between(clock.instant(), due.toInstant()).toMillis());
        scheduler.schedule(() -> send(tenant, due.toLocalDate()), delay, TimeUnit.MILLISECONDS);
        LOG.info("morning digest of tenant {} due at {}", tenant, due);
    }

    private void send(String tenant, LocalDate date) {
        try {
            List<Webhook> webhooks = webhooksInForce.apply(tenant);
            if (webhooks.isEmpty()) {
                LOG.warn(
                        "the morning digest {} of tenant {} is due but the tenant has no webhooks to send it to",
                        date,
                        tenant);
                return;
            }
            Digest digest = digests.read(tenant, date, baseUrl);
            for (Webhook webhook : webhooks) {
                dispatcher.submit(new WebhookDispatcher.Delivery(
                        tenant, DigestMessages.id(digest), webhook, DigestMessages.render(digest, webhook.format())));
            }
            LOG.info("morning digest {} of tenant {} handed to {} webhook(s)", date, tenant, webhooks.size());
        } catch (RuntimeException e) {
            LOG.error("morning digest {} of tenant {} could not be made: {}", date, tenant, e.getMessage(), e);
        } finally {
            scheduleNext(tenant);
        }
    }

    private static DeliveryCounters counters(MeterRegistry metrics) {
        return new DeliveryCounters(
                counter(metrics, "sent"),
                counter(metrics, "retried"),
                counter(metrics, "failed"),
                counter(metrics, "dropped"));
    }

    private static Counter counter(MeterRegistry metrics, String outcome) {
        SimpleCounter counter = new SimpleCounter();
        FunctionCounter.builder("ticketradar.digest.webhooks", counter, Counter::getCount)
                .description("Morning digest deliveries to webhooks, by outcome")
                .tag("outcome", outcome)
                .register(metrics);
        return counter;
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
        dispatcher.close();
    }
}
