package io.ticketradar.pipelines.indicators;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A row is judged by its tenant's own threshold where the tenant has one, by the spec's otherwise. */
class IndicatorRowsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HealthyThresholds ACME_AT_80 = HealthyThresholds.defaults()
            .with("acme", Indicator.FIRST_RESPONSE_COMPLIANCE, Healthy.atLeast(0.80))
            .with("acme", Indicator.OVERDUE_RATE, Healthy.atMost(0.10));

    private static JsonNode row(String tenant, Indicator indicator, double numerator) throws Exception {
        Figures figures = new Figures(numerator, 100, numerator / 100);
        IndicatorRow row = new IndicatorRow(tenant, LocalDate.of(2026, 1, 5), "ALL", "", indicator, figures, 0, 1);
        return JSON.readTree(new IndicatorRows().toJsonRow(row.judged(ACME_AT_80.of(tenant, indicator))));
    }

    @Test
    void aTenantsOwnThresholdJudgesItsRowsAndNoOneElses() throws Exception {
        JsonNode acme = row("acme", Indicator.FIRST_RESPONSE_COMPLIANCE, 85);
        JsonNode beta = row("beta", Indicator.FIRST_RESPONSE_COMPLIANCE, 85);
        assertEquals(0.80, acme.path("healthy_threshold").asDouble());
        assertTrue(acme.path("met").asBoolean(), acme.toString());
        assertEquals(0.95, beta.path("healthy_threshold").asDouble(), "the spec's");
        assertFalse(beta.path("met").asBoolean(), beta.toString());

        JsonNode overdue = row("acme", Indicator.OVERDUE_RATE, 12);
        assertEquals("<=", overdue.path("healthy_when").asText(), "a threshold where the spec gives none");
        assertFalse(overdue.path("met").asBoolean());
        assertTrue(row("beta", Indicator.OVERDUE_RATE, 12).path("met").isNull());
    }
}
