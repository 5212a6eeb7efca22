package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.ticketradar.api.Digests;
import io.ticketradar.api.DownloadLinks;
import io.ticketradar.api.TenantPolicyCheck;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.TenantAlerts;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;
import io.ticketradar.pipelines.alerts.WebhookPolicy;
import io.ticketradar.warehouse.SqlLiterals;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TenantPolicies;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The morning digest pushed on schedule to a real local HTTP receiver, from the embedded warehouse. */
class DigestScheduleTest {

    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void eachTenantsDigestGoesToItsWebhooksAtItsLocalTimeInEveryFormat() throws Exception {
        try (Warehouse warehouse = TestWarehouses.open();
                WebhookReceiver receiver = new WebhookReceiver()) {
            LocalTime soon = LocalTime.now(SHANGHAI).plusSeconds(2).withNano(0);
            LocalDate morning = LocalDate.now(SHANGHAI);
            warehouse.insertJsonRows("health_indicators", List.of(indicator(morning.minusDays(1), 0.82)));
            AlertSettings alerts = AlertSettings.defaults()
                    .withTenant(
                            "tenant-a",
                            new TenantAlerts(
                                    new BigDecimal("0.05"),
                                    List.of(
                                            new Webhook(receiver.url("/wecom"), WebhookFormat.WECOM),
                                            new Webhook(receiver.url("/json"), WebhookFormat.JSON))));
            PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            try (DigestSchedule schedule = new DigestSchedule(
                    new Digests(warehouse, DownloadLinks.ephemeral(Clock.systemUTC())),
                    Map.of("tenant-a", soon, "tenant-b", soon),
                    TenantZones.defaults(),
                    inForce(warehouse, alerts),
                    alerts.delivery(),
                    "http://tr.example:7070",
                    Clock.systemUTC(),
                    metrics)) {
                schedule.start();

                Map<String, WebhookReceiver.Post> byPath = new HashMap<>();
                for (int i = 0; i < 2; i++) {
                    WebhookReceiver.Post post = receiver.next(Duration.ofSeconds(20));
                    assertNotNull(post, "posts so far: " + byPath.keySet());
                    byPath.put(post.path(), post);
                }
                JsonNode wecom = JSON.readTree(byPath.get("/wecom").body());
                assertEquals("markdown", wecom.path("msgtype").asText());
                String content = wecom.path("markdown").path("content").asText();
                assertTrue(content.contains("首响合规率 <font color=\"warning\">**82.0%**</font>"), content);
                assertTrue(content.contains("(http://tr.example:7070/wall)"), content);
                JsonNode json = JSON.readTree(byPath.get("/json").body());
                assertEquals("morning_digest", json.path("type").asText());
                assertEquals("tenant-a", json.path("tenant_id").asText());
                assertEquals(morning.toString(), json.path("date").asText());
                assertEquals(0.82, json.path("health").get(0).path("value").asDouble());
                assertEquals("digest:" + morning, byPath.get("/json").id(), "receivers can drop repeats");
                assertEquals(null, receiver.next(Duration.ofSeconds(1)), "tenant-b has no webhooks: nothing more");
                long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
                while (metrics.get("ticketradar.digest.webhooks")
                                        .tag("outcome", "sent")
                                        .functionCounter()
                                        .count()
                                < 2
                        && System.nanoTime() < deadline) {
                    Thread.sleep(100);
                }
                assertEquals(
                        2.0,
                        metrics.get("ticketradar.digest.webhooks")
                                .tag("outcome", "sent")
                                .functionCounter()
                                .count());
            }
        }
    }

    @Test
    void aWebhookAdoptedThroughThePolicyReceivesTheDigestInsteadOfTheConfiguredOne() throws Exception {
        try (Warehouse warehouse = TestWarehouses.open();
                WebhookReceiver receiver = new WebhookReceiver()) {
            AlertSettings configured = AlertSettings.defaults()
                    .withTenant(
                            "tenant-a",
                            new TenantAlerts(
                                    new BigDecimal("0.05"),
                                    List.of(new Webhook(receiver.url("/configured"), WebhookFormat.JSON))));
            TenantPolicyChecks checks = new TenantPolicyChecks(IndicatorSettings.defaults(), configured);
            Instant adoptedAt = Instant.now().minusSeconds(60);
            var adopted = (TenantPolicyCheck.Verdict.Adopted) checks.check(
                    "tenant-a",
                    JSON.readTree("{\"webhooks\":[{\"format\":\"json\",\"url\":\"" + receiver.url("/adopted")
                            + "?key=k\"}]}"),
                    adoptedAt,
                    checks.configured("tenant-a"));
            warehouse.insertJsonRows(
                    TenantPolicies.TABLE,
                    List.of(JSON.createObjectNode()
                            .put(TenantPolicies.TENANT_ID, "tenant-a")
                            .put(TenantPolicies.VERSION, 1)
                            .put(TenantPolicies.POLICY, adopted.policy())
                            .put(TenantPolicies.EFFECTIVE_FROM, SqlLiterals.dateTime64Text(adoptedAt))
                            .put(TenantPolicies.ADOPTED_AT, SqlLiterals.dateTime64Text(adoptedAt))
                            .put(TenantPolicies.ADOPTED_BY, "ops")
                            .toString()));
            try (DigestSchedule schedule = new DigestSchedule(
                    new Digests(warehouse, DownloadLinks.ephemeral(Clock.systemUTC())),
                    Map.of("tenant-a", LocalTime.now(SHANGHAI).plusSeconds(2).withNano(0)),
                    TenantZones.defaults(),
                    inForce(warehouse, configured),
                    configured.delivery(),
                    "http://tr.example:7070",
                    Clock.systemUTC(),
                    new PrometheusMeterRegistry(PrometheusConfig.DEFAULT))) {
                schedule.start();
                WebhookReceiver.Post post = receiver.next(Duration.ofSeconds(20));
                assertNotNull(post, "the digest");
                assertEquals("/adopted", post.path());
                assertEquals(null, receiver.next(Duration.ofSeconds(1)), "the configured webhook no longer");
            }
        }
    }

    private static WebhooksInForce inForce(Warehouse warehouse, AlertSettings startup) {
        return new WebhooksInForce(
                warehouse, new TenantPolicyChecks(IndicatorSettings.defaults(), startup), startup, Clock.systemUTC());
    }

    @Test
    void theNextDigestIsTodayAtItsTimeIfThatIsStillAheadElseTomorrow() {
        Map<String, LocalTime> times = Map.of("acme", LocalTime.of(8, 30));
        DigestSchedule before = schedule(times, Instant.parse("2026-01-08T00:00:00Z")); // 08:00 in Shanghai
        DigestSchedule after = schedule(times, Instant.parse("2026-01-08T00:30:00Z")); // 08:30: just sent

        assertEquals(ZonedDateTime.of(2026, 1, 8, 8, 30, 0, 0, SHANGHAI), before.next("acme"));
        assertEquals(ZonedDateTime.of(2026, 1, 9, 8, 30, 0, 0, SHANGHAI), after.next("acme"));
        DigestSchedule berlin = new DigestSchedule(
                null,
                times,
                TenantZones.defaults().with("acme", ZoneId.of("Europe/Berlin")),
                tenant -> List.of(),
                WebhookPolicy.defaults(),
                "",
                Clock.fixed(Instant.parse("2026-01-08T00:30:00Z"), ZoneOffset.UTC),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
        assertEquals(ZonedDateTime.of(2026, 1, 8, 8, 30, 0, 0, ZoneId.of("Europe/Berlin")), berlin.next("acme"));
        before.close();
        after.close();
        berlin.close();
    }

    private static DigestSchedule schedule(Map<String, LocalTime> times, Instant now) {
        return new DigestSchedule(
                null,
                times,
                TenantZones.defaults(),
                tenant -> List.of(),
                WebhookPolicy.defaults(),
                "",
                Clock.fixed(now, ZoneOffset.UTC),
                new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
    }

    private static String indicator(LocalDate day, double value) {
        return """
                {"tenant_id":"tenant-a","day":"%s","region":"ALL","engineer_id":"","indicator":"first_response_compliance",\
                "numerator":%s,"denominator":100,"value":%s,"unit":"ratio","healthy_when":">=","healthy_threshold":0.95,\
                "met":false,"as_of":"%s 15:00:00.000","version":1}""".formatted(day, value * 100, value, day);
    }
}
