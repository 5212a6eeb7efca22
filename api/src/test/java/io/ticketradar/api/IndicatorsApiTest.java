package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.HealthIndicatorsLive;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code GET /api/v1/indicators} and {@code /indicators/live} over real HTTP against the embedded warehouse. */
class IndicatorsApiTest {

    private static TestApi api;

    @BeforeAll
    static void start() {
        api = TestApi.start(TenantDays.defaults());
        api.insert(
                HealthIndicators.TABLE,
                List.of(
                        daily(
                                TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "",
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                1,
                                10,
                                0.1,
                                "ratio",
                                "<=",
                                0.05,
                                false,
                                1),
                        daily(
                                TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "",
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                2,
                                10,
                                0.2,
                                "ratio",
                                "<=",
                                0.05,
                                false,
                                2),
                        daily(
                                TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "",
                                IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(),
                                19,
                                20,
                                0.95,
                                "ratio",
                                ">=",
                                0.95,
                                true,
                                1),
                        daily(
                                TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "",
                                IndicatorCode.FIRST_TIME_FIX_RATE.code(),
                                3,
                                4,
                                0.75,
                                "ratio",
                                "",
                                null,
                                null,
                                1),
                        daily(
                                TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "E2",
                                IndicatorCode.FIRST_TIME_FIX_RATE.code(),
                                1,
                                2,
                                0.5,
                                "ratio",
                                "",
                                null,
                                null,
                                1),
                        daily(
                                TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "E1",
                                IndicatorCode.FIRST_TIME_FIX_RATE.code(),
                                2,
                                2,
                                1.0,
                                "ratio",
                                "",
                                null,
                                null,
                                1),
                        daily(
                                TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "",
                                IndicatorCode.OVERDUE_RATE.code(),
                                0,
                                0,
                                null,
                                "ratio",
                                "",
                                null,
                                null,
                                1),
                        daily(
                                TENANT,
                                "2026-01-05",
                                "华东",
                                "",
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                1,
                                4,
                                0.25,
                                "ratio",
                                "<=",
                                0.05,
                                false,
                                1),
                        daily(
                                TENANT,
                                "2026-01-07",
                                Regions.ALL,
                                "",
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                0,
                                5,
                                0.0,
                                "ratio",
                                "<=",
                                0.05,
                                true,
                                3),
                        daily(
                                TENANT,
                                "2026-01-08",
                                Regions.ALL,
                                "",
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                5,
                                5,
                                1.0,
                                "ratio",
                                "<=",
                                0.05,
                                false,
                                1),
                        daily(
                                OTHER_TENANT,
                                "2026-01-05",
                                Regions.ALL,
                                "",
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                9,
                                9,
                                1.0,
                                "ratio",
                                "<=",
                                0.05,
                                false,
                                1)));
        api.insert(
                HealthIndicatorsLive.TABLE,
                List.of(
                        live(
                                TENANT,
                                Regions.ALL,
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                1,
                                8,
                                0.125,
                                "2026-01-05 02:00:00.000"),
                        live(
                                TENANT,
                                Regions.ALL,
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                1,
                                9,
                                1 / 9.0,
                                "2026-01-05 02:01:00.000"),
                        live(
                                TENANT,
                                Regions.ALL,
                                IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(),
                                9,
                                9,
                                1.0,
                                "2026-01-05 02:01:00.000"),
                        live(TENANT, "华东", IndicatorCode.BREAKPOINT_RATE.code(), 0, 3, 0.0, "2026-01-05 02:01:00.000"),
                        live(
                                OTHER_TENANT,
                                Regions.ALL,
                                IndicatorCode.BREAKPOINT_RATE.code(),
                                7,
                                7,
                                1.0,
                                "2026-01-05 03:00:00.000")));
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void everyDayOfTheRangeComesWithEveryIndicatorItsThresholdAndItsEngineers() {
        JsonNode body = api.ok("/api/v1/indicators?from=2026-01-05&to=2026-01-07");

        assertEquals(Regions.ALL, body.path("region").asText());
        assertEquals(List.of("2026-01-05", "2026-01-06", "2026-01-07"), texts(body.path("days"), "day"));
        JsonNode monday = body.path("days").get(0);
        assertEquals(
                List.of("breakpoint_rate", "first_response_compliance", "first_time_fix_rate", "overdue_rate"),
                fieldNames(monday.path("indicators")));
        assertEquals(
                TestApi.json("""
                {"value":0.2,"numerator":2.0,"denominator":10.0,"unit":"ratio","healthy_when":"<=",
                 "healthy_threshold":0.05,"met":false}"""),
                monday.path("indicators").path("breakpoint_rate"),
                "the correction (version 2) replaced the first row");
        assertTrue(monday.path("indicators")
                .path("first_response_compliance")
                .path("met")
                .asBoolean());
        JsonNode overdue = monday.path("indicators").path("overdue_rate");
        assertTrue(
                overdue.path("value").isNull()
                        && overdue.path("met").isNull()
                        && overdue.path("healthy_when").isNull(),
                "no tickets, no threshold: nulls, not zeros");
        assertEquals("2026-01-05T03:00:00Z", monday.path("as_of").asText());
        JsonNode engineers = monday.path("engineers").path("first_time_fix_rate");
        assertEquals(List.of("E1", "E2"), texts(engineers, "engineer_id"));
        assertEquals(0.5, engineers.get(1).path("value").asDouble());
        assertEquals(2.0, engineers.get(1).path("denominator").asDouble());

        JsonNode tuesday = body.path("days").get(1);
        assertEquals(
                TestApi.json("{\"day\":\"2026-01-06\",\"as_of\":null,\"indicators\":{},\"engineers\":{}}"), tuesday);
        assertTrue(body.path("days")
                .get(2)
                .path("indicators")
                .path("breakpoint_rate")
                .path("met")
                .asBoolean());
    }

    @Test
    void aRegionHasItsOwnRowsAndNoEngineers() {
        JsonNode monday = api.ok("/api/v1/indicators?from=2026-01-05&to=2026-01-05&region=" + TestApi.encode("华东"))
                .path("days")
                .get(0);

        assertEquals(List.of("breakpoint_rate"), fieldNames(monday.path("indicators")));
        assertEquals(
                0.25,
                monday.path("indicators").path("breakpoint_rate").path("value").asDouble());
        assertEquals(0, monday.path("engineers").size());
    }

    @Test
    void anotherTenantsRowsNeverShow() {
        JsonNode monday = api.get("/api/v1/indicators?from=2026-01-05&to=2026-01-08", api.otherToken)
                .json()
                .path("days")
                .get(0);
        assertEquals(List.of("breakpoint_rate"), fieldNames(monday.path("indicators")));
        assertEquals(
                1.0,
                monday.path("indicators").path("breakpoint_rate").path("value").asDouble());

        JsonNode live = api.get("/api/v1/indicators/live", api.otherToken).json();
        assertEquals(List.of("breakpoint_rate"), fieldNames(live.path("indicators")));
        assertEquals("2026-01-05T03:00:00Z", live.path("computed_at").asText());
    }

    @Test
    void aYearAndADayIsTheLongestRange() {
        assertEquals(
                366,
                api.ok("/api/v1/indicators?from=2024-01-01&to=2024-12-31")
                        .path("days")
                        .size());
        api.assertBadRequest("/api/v1/indicators?from=2024-01-01&to=2025-01-01", "to");
    }

    @Test
    void badParametersAre400sNamingTheParameter() {
        api.assertBadRequest("/api/v1/indicators?to=2026-01-05", "from");
        api.assertBadRequest("/api/v1/indicators?from=2026-01-05", "to");
        api.assertBadRequest("/api/v1/indicators?from=2026-1-5&to=2026-01-05", "from");
        api.assertBadRequest("/api/v1/indicators?from=2026-01-05&to=2026-02-30", "to");
        api.assertBadRequest("/api/v1/indicators?from=&to=2026-01-05", "from");
        api.assertBadRequest("/api/v1/indicators?from=2026-01-08&to=2026-01-05", "from");
        api.assertBadRequest("/api/v1/indicators?from=2026-01-05&to=2026-01-05&region=", "region");
        api.assertBadRequest("/api/v1/indicators/live?region=%20", "region");
    }

    @Test
    void liveValuesAreTheNewestComputationWithItsInstant() {
        JsonNode body = api.ok("/api/v1/indicators/live");

        assertEquals(Regions.ALL, body.path("region").asText());
        assertEquals("2026-01-05T02:01:00Z", body.path("computed_at").asText());
        assertEquals("2026-01-04T02:01:00Z", body.path("window_start").asText());
        assertEquals(List.of("breakpoint_rate", "first_response_compliance"), fieldNames(body.path("indicators")));
        assertEquals(
                9.0,
                body.path("indicators")
                        .path("breakpoint_rate")
                        .path("denominator")
                        .asDouble());
        assertEquals(
                ">=",
                body.path("indicators")
                        .path("first_response_compliance")
                        .path("healthy_when")
                        .asText());

        assertEquals(
                0.0,
                api.ok("/api/v1/indicators/live?region=" + TestApi.encode("华东"))
                        .path("indicators")
                        .path("breakpoint_rate")
                        .path("value")
                        .asDouble());
        JsonNode none = api.ok("/api/v1/indicators/live?region=" + TestApi.encode("东北"));
        assertTrue(none.path("computed_at").isNull() && none.path("indicators").isEmpty(), none.toString());
    }

    @Test
    void theDaysIndicatorsExportAsCsvAndXlsx() throws Exception {
        ApiClient.Download csv =
                api.client.download("/api/v1/indicators?from=2026-01-05&to=2026-01-06&format=csv", api.token);
        assertEquals(200, csv.status());
        assertTrue(csv.headers()
                .firstValue("Content-Disposition")
                .orElse("")
                .contains("indicators-ALL-2026-01-05-2026-01-06.csv"));
        List<String> lines = List.of(new String(csv.body(), StandardCharsets.UTF_8).split("\r\n"));
        assertEquals(
                "\uFEFFday,region,indicator,engineer_id,value,numerator,denominator,unit,healthy_when,healthy_threshold,"
                        + "met,as_of",
                lines.getFirst());
        assertTrue(
                lines.contains("2026-01-05,ALL,breakpoint_rate,,0.2,2,10,ratio,<=,0.05,false,2026-01-05T03:00:00Z"),
                lines.toString());
        assertTrue(lines.contains("2026-01-05,ALL,first_time_fix_rate,E2,0.5,1,2,ratio,,,,2026-01-05T03:00:00Z"));
        assertEquals(7, lines.size(), "header, 4 overall rows and 2 engineers; the empty day has none");

        ApiClient.Download xlsx =
                api.client.download("/api/v1/indicators?from=2026-01-05&to=2026-01-05&format=xlsx", api.token);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("breakpoint_rate", sheet.getRow(1).getCell(2).getStringCellValue());
            assertEquals(0.2, sheet.getRow(1).getCell(4).getNumericCellValue());
            assertEquals(7, sheet.getPhysicalNumberOfRows());
        }
    }

    @Test
    void indicatorsNeedABearerToken() {
        assertEquals(
                401,
                api.get("/api/v1/indicators?from=2026-01-05&to=2026-01-05", null)
                        .status());
        assertEquals(401, api.get("/api/v1/indicators/live", null).status());
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(element -> texts.add(element.path(field).asText()));
        return texts;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, Object> daily(
            String tenant,
            String day,
            String region,
            String engineer,
            String indicator,
            double numerator,
            double denominator,
            Double value,
            String unit,
            String when,
            Double threshold,
            Boolean met,
            long version) {
        Map<String, Object> row = figures(tenant, region, indicator, numerator, denominator, value);
        row.putAll(TestApi.row(
                HealthIndicators.DAY,
                day,
                HealthIndicators.ENGINEER_ID,
                engineer,
                HealthIndicators.UNIT,
                unit,
                HealthIndicators.HEALTHY_WHEN,
                when,
                HealthIndicators.HEALTHY_THRESHOLD,
                threshold,
                HealthIndicators.MET,
                met,
                HealthIndicators.AS_OF,
                day + " 0" + (version + 1) + ":00:00.000",
                HealthIndicators.VERSION,
                version));
        return row;
    }

    private static Map<String, Object> live(
            String tenant,
            String region,
            String indicator,
            double numerator,
            double denominator,
            double value,
            String computedAt) {
        Map<String, Object> row = figures(tenant, region, indicator, numerator, denominator, value);
        boolean compliance = indicator.equals("first_response_compliance");
        row.putAll(TestApi.row(
                HealthIndicatorsLive.UNIT,
                "ratio",
                HealthIndicatorsLive.HEALTHY_WHEN,
                compliance ? ">=" : "<=",
                HealthIndicatorsLive.HEALTHY_THRESHOLD,
                compliance ? 0.95 : 0.05,
                HealthIndicatorsLive.MET,
                compliance ? value >= 0.95 : value <= 0.05,
                HealthIndicatorsLive.WINDOW_START,
                computedAt.replace("2026-01-05", "2026-01-04"),
                HealthIndicatorsLive.COMPUTED_AT,
                computedAt));
        return row;
    }

    private static Map<String, Object> figures(
            String tenant, String region, String indicator, double numerator, double denominator, Double value) {
        return TestApi.row(
                HealthIndicators.TENANT_ID,
                tenant,
                HealthIndicators.REGION,
                region,
                HealthIndicators.INDICATOR,
                indicator,
                HealthIndicators.NUMERATOR,
                numerator,
                HealthIndicators.DENOMINATOR,
                denominator,
                HealthIndicators.VALUE,
                value);
    }
}
