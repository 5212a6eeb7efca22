package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.EventCodec;
import io.ticketradar.models.offline.OfflineDetection;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.testing.BoundedRecords;
import io.ticketradar.pipelines.testing.BoundedRun;
import io.ticketradar.pipelines.testing.MiniClusters;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The pattern job on the whole application, with the model customer's generated data: every ticket becomes one
 * failure case row, the injected A/C controller burst in 华南 comes out as a pattern within days of its onset, and
 * the streaming job finds what the offline detection finds on the same records.
 */
@Tag("stack")
class PatternsJobIntegrationTest {

    @RegisterExtension
    static final MiniClusterExtension FLINK = MiniClusters.withSlots(1);

    private static final LocalDate START = LocalDate.of(2025, 12, 1);
    /** The A/C burst of the built-in scenario starts 28 days in. */
    private static final LocalDate ACC_ONSET = START.plusDays(28);

    @Test
    void casesAndTheRegionalFirmwareBurstReachTheWarehouse() throws Exception {
        GeneratorSettings generated = GeneratorSettings.of(1, START, 42, 120, 7L, Scenarios.load("before"));
        String tenant = generated.tenantIds().getFirst();
        List<GeneratedRecord> records = new ArrayList<>();
        new DataGenerator(generated).records().forEachRemaining(records::add);
        try (BoundedRun run = BoundedRun.open()) {
            run.runToEnd(BoundedRecords.ofGenerated(records.iterator()), 1);

            long tickets = records.stream()
                    .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains("\"TICKET_CREATED\""))
                    .map(GeneratedRecord::key)
                    .distinct()
                    .count();
            Map<String, Object> cases = run.warehouse()
                    .query("SELECT count() AS n FROM failure_cases FINAL WHERE tenant_id = ?", tenant)
                    .getFirst();
            assertEquals(tickets, cases.get("n"), "one failure case per ticket");

            List<Map<String, Object>> rows = run.warehouse()
                    .query(
                            "SELECT pattern_id, toString(detected_on) AS detected_on, defining_codes, daily, hints"
                                    + " FROM failure_patterns FINAL WHERE tenant_id = ? ORDER BY detected_on",
                            tenant);
            Map<String, Object> burst = rows.stream()
                    .filter(r -> codes(r).contains("fault:SW-ACC-01") && codes(r).contains("region:华南"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no A/C controller pattern in 华南 among " + rows));
            LocalDate detected = LocalDate.parse((String) burst.get("detected_on"));
            assertFalse(detected.isBefore(ACC_ONSET), "never before its onset: " + detected);
            assertTrue(ChronoUnit.DAYS.between(ACC_ONSET, detected) <= 7, "found within a week: " + detected);
            JsonNode daily = new ObjectMapper().readTree((String) burst.get("daily"));
            assertEquals(56, daily.size(), "eight weeks of daily counts");
            assertTrue(new ObjectMapper().readTree((String) burst.get("hints")).has("teams"));

            FailurePattern offline = offline(records, tenant).stream()
                    .filter(p -> p.definingCodes().contains("fault:SW-ACC-01"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("the offline detection misses the burst"));
            assertTrue(
                    Math.abs(ChronoUnit.DAYS.between(offline.detectedOn(), detected)) <= 1,
                    "streaming " + detected + " and offline " + offline.detectedOn() + " agree to the day");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<String> codes(Map<String, Object> row) {
        return (List<String>) row.get("defining_codes");
    }

    private static List<FailurePattern> offline(List<GeneratedRecord> records, String tenant) {
        PatternSettings settings = PatternSettings.defaults();
        OfflineDetection detection = new OfflineDetection(
                settings.detector(),
                settings.evaluationInterval(),
                Duration.ofMinutes(10),
                t -> ZoneId.of("Asia/Shanghai"));
        EventCodec codec = new EventCodec();
        for (GeneratedRecord r : records) {
            if (codec.decode(new String(r.value(), StandardCharsets.UTF_8)) instanceof Decoded.Valid valid) {
                detection.accept(valid.event());
            }
        }
        detection.finish();
        return detection.patterns(tenant);
    }
}
