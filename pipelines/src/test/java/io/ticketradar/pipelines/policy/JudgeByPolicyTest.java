package io.ticketradar.pipelines.policy;

import io.ticketradar.pipelines.indicators.Figures;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.indicators.LiveIndicatorRow;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import org.apache.flink.streaming.util.ProcessFunctionTestHarnesses;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class JudgeByPolicyTest {

    private static final Instant ADOPTED = Instant.parse("2026-12-02T02:00:00Z");

    private static LiveIndicatorRow row(String tenant, Instant at) {
        return new LiveIndicatorRow(
                tenant, "ALL", Indicator.FIRST_RESPONSE_COMPLIANCE, new Figures(9, 10, 0.9), 0, at.toEpochMilli());
    }

    @Test
    void rowsFollowAThresholdChangedAtRunTimeFromItsEffectiveMomentAndOnlyForItsTenant() throws Exception {
        try (var harness = ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new JudgeByPolicy<>(PoliciesInForce.defaults(), LiveIndicatorRow::computedAt), PoliciesInForce.STATE)) {
            harness.processElement(row("acme", ADOPTED.minusSeconds(60)), 0);
            harness.processBroadcastElement(
                    TenantPolicyJson.message(
                            "acme",
                            List.of(new PolicyVersion(
                                    1,
                                    ADOPTED,
                                    ADOPTED,
                                    "ops",
                                    SlaPolicy.DEFAULT,
                                    Map.of(Indicator.FIRST_RESPONSE_COMPLIANCE, Healthy.atLeast(0.85)),
                                    List.of()))),
                    0);
            harness.processElement(row("acme", ADOPTED.minusSeconds(30)), 0);
            harness.processElement(row("acme", ADOPTED), 0);
            harness.processElement(row("beta", ADOPTED), 0);

            List<Boolean> met = harness.extractOutputValues().stream()
                    .map(r -> r.healthy().met(r.figures().value()))
                    .toList();
            assertEquals(
                    List.of(false, false, true, false),
                    met,
                    "90% is under the spec's 95%; acme's 85% applies from its effective moment, beta keeps 95%");
        }
    }

    @Test
    void aMessageThatIsNotAPolicyChangesNothing() throws Exception {
        try (var harness = ProcessFunctionTestHarnesses.forBroadcastProcessFunction(
                new JudgeByPolicy<>(PoliciesInForce.defaults(), LiveIndicatorRow::computedAt), PoliciesInForce.STATE)) {
            harness.processBroadcastElement("{\"tenant_id\":\"acme\",\"versions\":[{\"version\":1}]}", 0);
            harness.processBroadcastElement("not json", 0);
            harness.processElement(row("acme", ADOPTED), 0);
            assertEquals(
                    Indicator.FIRST_RESPONSE_COMPLIANCE.healthy(),
                    harness.extractOutputValues().getFirst().healthy());
        }
    }
}
