package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.FailureCases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static io.ticketradar.api.TestApi.encode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/v1/trends} over real HTTP against {@code failure_cases} in the embedded warehouse. */
class TrendsApiTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        List<Map<String, Object>> rows = new ArrayList<>();
        int n = 0;
        // F1: 2 on the 1st, 3 on the 3rd; F2: 1 on the 2nd and 2 on the 3rd (one diagnosed only in version 2);
        // F3: 1 on the 1st; unknown fault: 1 on the 2nd. Region 华北 except the F2 of the 2nd.
        for (String[] c : new String[][] {
            {"2026-01-01", "F1"},
            {"2026-01-01", "F1"},
            {"2026-01-03", "F1"},
            {"2026-01-03", "F1"},
            {"2026-01-03", "F1"},
            {"2026-01-03", "F2"},
            {"2026-01-01", "F3"},
            {"2026-01-02", ""}
        }) {
            rows.add(trendCase(TENANT, "C" + n++, c[0], c[1], "华北", 1));
        }
        rows.add(trendCase(TENANT, "C-F2", "2026-01-02", "F2", "华东", 1));
        rows.add(trendCase(TENANT, "C-LATE", "2026-01-03", "", "华北", 1));
        rows.add(trendCase(TENANT, "C-LATE", "2026-01-03", "F2", "华北", 2));
        rows.add(trendCase(TENANT, "C-BEFORE", "2025-12-31", "F1", "华北", 1));
        rows.add(trendCase(OTHER_TENANT, "C-FOREIGN", "2026-01-01", "F9", "华北", 1));
        api.insert(FailureCases.TABLE, rows);
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theTopSeriesComeZeroFilledAndTheRestSumInOther() {
        JsonNode body = api.ok("/api/v1/trends?group_by=fault&from=2026-01-01&to=2026-01-03&top=2");

        assertEquals(TestApi.json("""
                {"group_by":"fault","from":"2026-01-01","to":"2026-01-03",
                 "days":["2026-01-01","2026-01-02","2026-01-03"],
                 "series":[{"key":"F1","total":5,"counts":[2,0,3]},{"key":"F2","total":3,"counts":[0,1,2]}],
                 "other":{"total":2,"counts":[1,1,0]}}"""), body, "C-LATE counts under its newest fault");
    }

    @Test
    void filtersKeepTheCasesOfOneValue() {
        JsonNode north = api.ok(
                "/api/v1/trends?group_by=fault&from=2026-01-01&to=2026-01-03&region=" + encode("华北") + "&top=10");
        assertEquals(List.of("F1", "F2", "", "F3"), keys(north), "largest first, ties by key");
        assertEquals(2, north.path("series").get(1).path("total").asInt(), "not the F2 of 华东");
        assertEquals(0, north.path("other").path("total").asInt());

        JsonNode byRegion = api.ok("/api/v1/trends?group_by=region&from=2026-01-02&to=2026-01-02&fault=F2");
        assertEquals(List.of("华东"), keys(byRegion));
        assertEquals(
                List.of("F9"),
                keys(api.get("/api/v1/trends?group_by=fault&from=2026-01-01&to=2026-01-01", api.otherToken)
                        .json()));
    }

    @Test
    void trendsExportOneRowPerDay() {
        ApiClient.Download csv = api.client.download(
                "/api/v1/trends?group_by=fault&from=2026-01-01&to=2026-01-03&top=2&format=csv", api.token);

        assertEquals(200, csv.status());
        assertEquals(
                "\uFEFFday,F1,F2,other\r\n2026-01-01,2,0,1\r\n2026-01-02,0,1,1\r\n2026-01-03,3,2,0\r\n",
                new String(csv.body(), StandardCharsets.UTF_8));
        assertTrue(csv.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("trends-fault-2026-01-01-2026-01-03.csv"));
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        String range = "&from=2026-01-01&to=2026-01-03";
        api.assertBadRequest("/api/v1/trends?from=2026-01-01&to=2026-01-03", "group_by");
        api.assertBadRequest("/api/v1/trends?group_by=symptom" + range, "group_by");
        api.assertBadRequest("/api/v1/trends?group_by=fault&to=2026-01-03", "from");
        api.assertBadRequest("/api/v1/trends?group_by=fault&from=2025-01-01&to=2026-01-03", "to");
        api.assertBadRequest("/api/v1/trends?group_by=fault&top=0" + range, "top");
        api.assertBadRequest("/api/v1/trends?group_by=fault&region=" + range, "region");
    }

    private static List<String> keys(JsonNode trends) {
        List<String> keys = new ArrayList<>();
        trends.path("series").forEach(s -> keys.add(s.path("key").asText()));
        return keys;
    }

    private static Map<String, Object> trendCase(
            String tenant, String caseId, String day, String fault, String region, long version) {
        Map<String, Object> row = TestRows.failureCase(tenant, caseId, caseId, day, "SN-" + caseId, fault, version);
        row.put("region", region);
        return row;
    }
}
