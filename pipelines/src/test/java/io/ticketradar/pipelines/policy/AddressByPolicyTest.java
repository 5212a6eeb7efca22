package io.ticketradar.pipelines.policy;

import io.ticketradar.pipelines.IndicatorSettings;
import io.ticketradar.pipelines.alerts.AddressedAlert;
import io.ticketradar.pipelines.alerts.Alert;
import io.ticketradar.pipelines.alerts.AlertKind;
import io.ticketradar.pipelines.alerts.AlertSettings;
import io.ticketradar.pipelines.alerts.TenantAlerts;
import io.ticketradar.pipelines.alerts.Webhook;
import io.ticketradar.pipelines.alerts.WebhookFormat;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import org.apache.flink.streaming.util.BroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AddressByPolicyTest {

    private static final Instant ADOPTED = Instant.parse("2026-12-02T02:00:00Z");
    private static final Webhook CONFIGURED =
            new Webhook(URI.create("https://ops.example/configured?key=a"), WebhookFormat.JSON);
    private static final Webhook ADOPTED_HOOK =
            new Webhook(URI.create("https://qyapi.example/send?key=b"), WebhookFormat.WECOM);

    private static Alert alert(String tenant, Instant raisedAt) {
        return new Alert(
                tenant + "-" + raisedAt,
                tenant,
                AlertKind.CIRCUIT_OPEN,
                raisedAt,
                LocalDate.of(2026, 12, 2),
                "title",
                "detail",
                "{}");
    }

    private static String policyWithWebhook(String tenant) {
        return TenantPolicyJson.message(
                tenant,
                List.of(new PolicyVersion(
                        1, ADOPTED, ADOPTED, "ops", SlaPolicy.DEFAULT, Map.of(), List.of(ADOPTED_HOOK))));
    }

    /** acme configured with one webhook at start-up, beta with none. */
    private static BroadcastOperatorTestHarness<Alert, String, AddressedAlert> harness() throws Exception {
        AlertSettings startup = AlertSettings.defaults()
                .withTenant("acme", new TenantAlerts(new BigDecimal("0.05"), List.of(CONFIGURED)));
        return ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new AddressByPolicy(PoliciesInForce.of(IndicatorSettings.defaults(), startup)), PoliciesInForce.STATE);
    }

    @Test
    void alertsGoToTheWebhooksInForceWhenRaisedAndATenantWithoutAnyIsNotAddressed() throws Exception {
        try (var harness = harness()) {
            harness.processElement(alert("acme", ADOPTED.minusSeconds(60)), 0);
            harness.processBroadcastElement(policyWithWebhook("acme"), 0);
            harness.processElement(alert("acme", ADOPTED.minusSeconds(1)), 0);
            harness.processElement(alert("acme", ADOPTED), 0);
            harness.processElement(alert("beta", ADOPTED), 0);

            List<List<Webhook>> addressed = harness.extractOutputValues().stream()
                    .map(AddressedAlert::webhooks)
                    .toList();
            assertEquals(
                    List.of(List.of(CONFIGURED), List.of(CONFIGURED), List.of(ADOPTED_HOOK)),
                    addressed,
                    "the configured webhook until the version takes effect, then its own; beta has none");
        }
    }

    @Test
    void aVersionWithoutWebhooksSilencesTheTenantsConfiguredOnes() throws Exception {
        try (var harness = harness()) {
            harness.processBroadcastElement(
                    TenantPolicyJson.message(
                            "acme",
                            List.of(new PolicyVersion(
                                    1, ADOPTED, ADOPTED, "ops", SlaPolicy.DEFAULT, Map.of(), List.of()))),
                    0);
            harness.processElement(alert("acme", ADOPTED.plusSeconds(1)), 0);
            assertEquals(List.of(), harness.extractOutputValues(), "a policy is whole: no webhooks is none");
        }
    }
}
