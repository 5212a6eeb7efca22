package io.ticketradar.pipelines.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.flink.metrics.SimpleCounter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static io.ticketradar.pipelines.alerts.WebhookReceiver.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Webhook delivery against a real local HTTP server: both formats, retries, refusals, a hung receiver, a full queue. */
class WebhookDispatcherTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static final Alert ALERT = new Alert(
            "circuit_open:2026-01-07",
            "tenant-a",
            AlertKind.CIRCUIT_OPEN,
            Instant.parse("2026-01-07T21:00:00Z"),
            LocalDate.of(2026, 1, 7),
            "流程熔断",
            "跨域协同断点率连续3天超过5%：1月5日 10%（10/100），1月6日 8%（8/100），1月7日 12%（12/100）。",
            "{\"threshold\":0.05,\"days\":[]}");
    /** Short waits so the test is quick: 50, 100, 200 ms between attempts, 300 ms per attempt. */
    private static final WebhookPolicy FAST = new WebhookPolicy(
            4, Duration.ofMillis(50), Duration.ofSeconds(1), Duration.ofMillis(300), 100, Duration.ofSeconds(2));

    private final WebhookReceiver receiver = new WebhookReceiver();
    private final DeliveryCounters counters =
            new DeliveryCounters(new SimpleCounter(), new SimpleCounter(), new SimpleCounter(), new SimpleCounter());

    @AfterEach
    void stopReceiver() throws InterruptedException {
        receiver.close();
    }

    @Test
    void postsTheGenericJsonAndTheWeComMarkdownMessage() throws Exception {
        try (WebhookDispatcher dispatcher = new WebhookDispatcher(FAST, counters)) {
            submit(dispatcher, new Webhook(receiver.url("/ok"), WebhookFormat.JSON));
            submit(dispatcher, new Webhook(receiver.url("/wecom"), WebhookFormat.WECOM));
            await(WAIT, () -> counters.sent().getCount() == 2);
        }

        WebhookReceiver.Request generic = receiver.requests("/ok").getFirst();
        JsonNode json = JSON.readTree(generic.body());
        assertEquals("circuit_open:2026-01-07", json.path("alert_id").asText());
        assertEquals("tenant-a", json.path("tenant_id").asText());
        assertEquals("CIRCUIT_OPEN", json.path("kind").asText());
        assertEquals("2026-01-07T21:00:00Z", json.path("raised_at").asText());
        assertEquals("2026-01-07", json.path("day").asText());
        assertEquals(0.05, json.path("payload").path("threshold").asDouble(), "the payload is an object, not a string");
        assertEquals("application/json; charset=utf-8", generic.contentType());
        assertEquals("circuit_open:2026-01-07", generic.alertId());
        assertFalse(
                new Webhook(receiver.url("/ok"), WebhookFormat.JSON).toString().contains("secret"),
                "the query, where WeCom keeps its key, never reaches a log line");

        JsonNode wecom = JSON.readTree(receiver.requests("/wecom").getFirst().body());
        assertEquals("markdown", wecom.path("msgtype").asText());
        String content = wecom.path("markdown").path("content").asText();
        assertTrue(content.startsWith("## 流程熔断\n跨域协同断点率连续3天超过5%"), content);
        assertTrue(content.contains("> 租户：tenant-a"), content);
        assertEquals(
                List.of(0L, 0L, 0L),
                List.of(
                        counters.retried().getCount(),
                        counters.failed().getCount(),
                        counters.dropped().getCount()));
    }

    @Test
    void retriesWithExponentialBackoffUntilTheReceiverRecovers() throws Exception {
        try (WebhookDispatcher dispatcher = new WebhookDispatcher(FAST, counters)) {
            submit(dispatcher, new Webhook(receiver.url("/flaky"), WebhookFormat.JSON));
            submit(dispatcher, new Webhook(receiver.url("/throttled"), WebhookFormat.WECOM));
            await(WAIT, () -> counters.sent().getCount() == 2);
        }

        List<WebhookReceiver.Request> flaky = receiver.requests("/flaky");
        assertEquals(3, flaky.size(), "503, 503, then 200");
        assertTrue(Duration.between(flaky.get(0).at(), flaky.get(1).at()).toMillis() >= 50);
        assertTrue(Duration.between(flaky.get(1).at(), flaky.get(2).at()).toMillis() >= 100, "the wait doubles");
        assertEquals(2, receiver.requests("/throttled").size(), "WeCom's errcode 45009 in a 200 is retried");
        assertEquals(3, counters.retried().getCount());
        assertEquals(0, counters.failed().getCount());
    }

    @Test
    void aRefusalIsNotRetriedAndAnUnreachableReceiverIsGivenUpAfterTheLastAttempt() throws Exception {
        try (WebhookDispatcher dispatcher = new WebhookDispatcher(FAST, counters)) {
            submit(dispatcher, new Webhook(receiver.url("/refuse"), WebhookFormat.JSON));
            await(WAIT, () -> counters.failed().getCount() == 1);
            assertEquals(1, receiver.requests("/refuse").size());
            assertEquals(0, counters.retried().getCount());

            submit(
                    dispatcher,
                    new Webhook(receiver.url("/flaky").resolve("http://127.0.0.1:1/nobody"), WebhookFormat.JSON));
            await(WAIT, () -> counters.failed().getCount() == 2);
            assertEquals(FAST.maxAttempts() - 1, counters.retried().getCount());
            // the failure is counted just before the delivery settles
            await(WAIT, () -> dispatcher.pending() == 0);
        }
    }

    @Test
    void aHungReceiverBlocksNeitherTheCallerNorOtherDeliveries() throws Exception {
        try (WebhookDispatcher dispatcher = new WebhookDispatcher(FAST, counters)) {
            long started = System.nanoTime();
            submit(dispatcher, new Webhook(receiver.url("/hang"), WebhookFormat.JSON));
            submit(dispatcher, new Webhook(receiver.url("/ok"), WebhookFormat.JSON));
            long submitMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(submitMillis < 100, "submitting took " + submitMillis + " ms");

            await(WAIT, () -> counters.sent().getCount() == 1);
            assertEquals(0, counters.failed().getCount(), "the other delivery arrived while the hung one still waits");

            await(WAIT, () -> counters.failed().getCount() == 1);
            assertEquals(FAST.maxAttempts(), receiver.requests("/hang").size(), "each attempt timed out after 300 ms");
        }
    }

    @Test
    void aFullQueueDropsNewDeliveriesInsteadOfWaiting() throws Exception {
        WebhookPolicy oneAtATime =
                new WebhookPolicy(1, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(5), 1, Duration.ZERO);
        try (WebhookDispatcher dispatcher = new WebhookDispatcher(oneAtATime, counters)) {
            assertTrue(submit(dispatcher, new Webhook(receiver.url("/hang"), WebhookFormat.JSON)));
            assertFalse(submit(dispatcher, new Webhook(receiver.url("/ok"), WebhookFormat.JSON)));
            assertEquals(1, counters.dropped().getCount());
        }
        assertTrue(receiver.requests("/ok").isEmpty());
    }

    private static boolean submit(WebhookDispatcher dispatcher, Webhook webhook) {
        return dispatcher.submit(new WebhookDispatcher.Delivery(
                ALERT.tenantId(), ALERT.alertId(), webhook, webhook.format().render(ALERT)));
    }
}
