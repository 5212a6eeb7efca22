package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.api.TenantPolicyCheck;
import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.TenantAlerts;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.HealthyThresholds;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.lifecycle.SlaPolicies;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import io.ticketradar.pipelines.lifecycle.WorkingCalendar;
import io.ticketradar.pipelines.lifecycle.WorkingHours;
import io.ticketradar.pipelines.policy.PolicyHistory;
import io.ticketradar.pipelines.policy.TenantPolicyJson;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The API's policy reader is the jobs': what it answers before any version is the tenants file's; what it stores reads back. */
class TenantPolicyChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final WorkingCalendar OFFICE = WorkingCalendar.of(BERLIN, WorkingHours.parse("MON-FRI 08:00-17:00"));
    private static final TenantPolicyChecks CHECKS = new TenantPolicyChecks(
            IndicatorSettings.defaults()
                    .withZones(TenantZones.defaults().with("acme", BERLIN))
                    .withSlas(SlaPolicies.defaults()
                            .with(
                                    "acme",
                                    SlaPolicy.DEFAULT
                                            .withFirstResponse(Duration.ofHours(4))
                                            .withCalendar(OFFICE)))
                    .withThresholds(
                            HealthyThresholds.defaults().with("acme", Indicator.OVERDUE_RATE, Healthy.atMost(0.1))),
            AlertSettings.defaults()
                    .withTenant(
                            "acme",
                            new TenantAlerts(
                                    new BigDecimal("0.05"),
                                    List.of(new Webhook(
                                            URI.create("https://qyapi.example/send?key=s3cret"),
                                            WebhookFormat.WECOM)))));

    @Test
    void beforeAnyVersionTheTenantsFileIsThePolicyInForce() {
        JsonNode acme = CHECKS.configured("acme");
        assertEquals("4h", acme.at("/sla/first_response").asText());
        assertEquals("MON-FRI 08:00-17:00", acme.at("/sla/hours").asText());
        assertEquals("<=0.1", acme.at("/healthy/overdue_rate").asText());
        assertTrue(acme.path("effective_from").isNull(), "in force from the start");
        assertEquals(
                "https://qyapi.example/send?key=s3cret",
                acme.at("/webhooks/0/url").asText());
        JsonNode other = CHECKS.configured("beta");
        assertEquals("2h", other.at("/sla/first_response").asText(), "the spec's");
        assertEquals("", other.at("/sla/hours").asText(), "24x7");
    }

    @Test
    void aStoredVersionReadsBackInTheTenantsZone() throws Exception {
        Instant at = Instant.parse("2026-12-02T03:00:00Z");
        var adopted = assertInstanceOf(
                TenantPolicyCheck.Verdict.Adopted.class,
                CHECKS.check(
                        "acme",
                        JSON.readTree(
                                "{\"effective_from\":\"2026-12-07\",\"sla\":{\"hours\":\"MON-FRI 09:00-18:00\"}}"),
                        at,
                        CHECKS.configured("acme")));
        assertEquals(Instant.parse("2026-12-06T23:00:00Z"), adopted.effectiveFrom(), "midnight in Berlin");

        PolicyHistory history = TenantPolicyJson.read(
                CHECKS.message("acme", List.of(new TenantPolicyCheck.Stored(1, at, "ops", adopted.policy()))));

        assertEquals(BERLIN, history.versions().getFirst().sla().calendar().zone());
        assertEquals(
                "MON-FRI 09:00-18:00",
                history.versions().getFirst().sla().calendar().hours().toString());
        var refused = assertInstanceOf(
                TenantPolicyCheck.Verdict.Refused.class,
                CHECKS.check(
                        "acme",
                        JSON.readTree("{\"sla\":{\"first_response\":\"soon\"}}"),
                        at,
                        CHECKS.configured("acme")));
        assertEquals(1, refused.problems().size(), refused.problems().toString());
    }

    @Test
    void theConfiguredWebhookIsAnsweredMaskedAndKeptWhenItsMaskedAddressIsSentBack() {
        ObjectNode answered = CHECKS.answered(CHECKS.configured("acme"));
        assertFalse(answered.toString().contains("s3cret"), answered.toString());
        var adopted = assertInstanceOf(
                TenantPolicyCheck.Verdict.Adopted.class,
                CHECKS.check("acme", answered, Instant.parse("2026-12-02T03:00:00Z"), CHECKS.configured("acme")));
        assertTrue(adopted.policy().contains("https://qyapi.example/send?key=s3cret"), adopted.policy());
    }
}
