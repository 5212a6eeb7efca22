package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.Alerts;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.PatternFeedback;
import io.ticketradar.warehouse.tables.Regions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The morning digest read from the embedded warehouse: rows as the jobs and people write them. */
class DigestsTest {

    private static final LocalDate MORNING = LocalDate.parse("2026-01-08");
    private static final String COVERS = "2026-01-07";
    private static final String BEFORE = "2026-01-06";

    private static TestApi api;
    private static Digest digest;

    @BeforeAll
    static void start() {
        api = TestApi.start();
        List<Map<String, Object>> rows = new ArrayList<>();
        rows.add(row(TENANT, COVERS, Regions.ALL, IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), 17, 20, ">=", 0.95));
        rows.add(row(TENANT, BEFORE, Regions.ALL, IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), 18, 20, ">=", 0.95));
        rows.add(row(TENANT, COVERS, Regions.ALL, IndicatorCode.BREAKPOINT_RATE.code(), 1, 25, "<=", 0.05));
        rows.add(row(TENANT, BEFORE, Regions.ALL, IndicatorCode.BREAKPOINT_RATE.code(), 3, 25, "<=", 0.05));
        rows.add(row(TENANT, COVERS, Regions.ALL, IndicatorCode.RECURRENCE_SUPPRESSION.code(), 9, 10, ">=", 0.88));
        rows.add(row(TENANT, COVERS, Regions.ALL, IndicatorCode.OVERDUE_RATE.code(), 6, 20, "", null)); // 10% -> 30%
        rows.add(row(TENANT, BEFORE, Regions.ALL, IndicatorCode.OVERDUE_RATE.code(), 2, 20, "", null));
        rows.add(row(
                TENANT, COVERS, "华南", IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), 5, 10, ">=", 0.95)); // 90% -> 50%
        rows.add(row(TENANT, BEFORE, "华南", IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), 9, 10, ">=", 0.95));
        rows.add(row(TENANT, COVERS, "华东", IndicatorCode.BOUNCE_RATE.code(), 3, 3, "", null)); // 3 tickets: noise
        rows.add(row(TENANT, BEFORE, "华东", IndicatorCode.BOUNCE_RATE.code(), 0, 3, "", null));
        rows.add(row(TENANT, COVERS, "华北", IndicatorCode.BREAKPOINT_RATE.code(), 1, 10, "<=", 0.05)); // unchanged
        rows.add(row(TENANT, BEFORE, "华北", IndicatorCode.BREAKPOINT_RATE.code(), 1, 10, "<=", 0.05));
        for (String[] stage : new String[][] {
            {"backlog_cs", "12", "9"},
            {"backlog_tech", "20", "21"},
            {"backlog_parts", "5", "5"},
            {"backlog_field", "8", "6"},
            {"backlog", "45", "41"}
        }) {
            rows.add(count(TENANT, COVERS, stage[0], Double.parseDouble(stage[1])));
            rows.add(count(TENANT, BEFORE, stage[0], Double.parseDouble(stage[2])));
        }
        rows.add(row(
                OTHER_TENANT, COVERS, Regions.ALL, IndicatorCode.FIRST_RESPONSE_COMPLIANCE.code(), 0, 20, ">=", 0.95));
        api.insert(HealthIndicators.TABLE, rows);
        api.insert(
                Alerts.TABLE,
                List.of(
                        TestRows.alert(TENANT, "circuit_open:2026-01-03", "CIRCUIT_OPEN", "2026-01-03"),
                        TestRows.alert(TENANT, "circuit_closed:2026-01-05", "CIRCUIT_CLOSED", "2026-01-05"),
                        TestRows.alert(TENANT, "circuit_open:2026-01-07", "CIRCUIT_OPEN", COVERS),
                        TestRows.alert(TENANT, "circuit_closed:2026-01-08", "CIRCUIT_CLOSED", "2026-01-08"),
                        TestRows.alert(OTHER_TENANT, "circuit_open:2026-01-06", "CIRCUIT_OPEN", BEFORE)));
        api.insert(
                FailurePatterns.TABLE,
                List.of(
                        TestRows.pattern(TENANT, "P-NEW", "emerging", COVERS, 1, List.of("fault:HV-OBC-LT01")),
                        TestRows.pattern(TENANT, "P-OLD", "active", "2026-01-01", 1, List.of("fault:LV-1")),
                        TestRows.pattern(TENANT, "P-NO", "emerging", COVERS, 1, List.of("fault:SW-2")),
                        TestRows.pattern(OTHER_TENANT, "P-THEIRS", "emerging", COVERS, 1, List.of("fault:X"))));
        api.insert(
                PatternFeedback.TABLE,
                List.of(TestApi.row(
                        PatternFeedback.TENANT_ID,
                        TENANT,
                        PatternFeedback.PATTERN_ID,
                        "P-NO",
                        PatternFeedback.CONFIRMED,
                        false,
                        PatternFeedback.DISMISSED,
                        true,
                        PatternFeedback.DISMISS_REASON,
                        "known",
                        PatternFeedback.OPPORTUNITY,
                        null,
                        PatternFeedback.NOTE,
                        "",
                        PatternFeedback.UPDATED_BY,
                        "t",
                        PatternFeedback.UPDATED_AT,
                        "2026-01-07 10:00:00.000",
                        PatternFeedback.VERSION,
                        1)));
        digest = new Digests(api.warehouse, api.links).read(TENANT, MORNING, "http://tr.example:7070");
    }

    @AfterAll
    static void stop() {
        if (api != null) {
            api.close();
        }
    }

    @Test
    void theHealthIndicatorsComeAgainstTheirThresholdsWithTheChangeSinceTheDayBefore() {
        assertEquals(COVERS, digest.covers());
        assertEquals(BEFORE, digest.compared());
        Digest.Figure compliance = digest.health().get(0);
        assertEquals("first_response_compliance", compliance.indicator());
        assertEquals(0.85, compliance.value(), 1e-9);
        assertEquals(-0.05, compliance.change(), 1e-9);
        assertEquals(0.95, compliance.threshold());
        assertFalse(compliance.met());
        assertTrue(digest.health().get(1).met(), "4% breakpoints is healthy");
        Digest.Figure recurrence = digest.health().get(2);
        assertEquals(0.9, recurrence.value(), 1e-9);
        assertNull(recurrence.change(), "no row the day before");
    }

    @Test
    void whatMovedMostIsRankedByRelativeChange_noiseAndTheHeadlinesLeftOut() {
        assertEquals(
                List.of("overdue_rate@ALL", "first_response_compliance@华南"),
                digest.movers().stream()
                        .map(f -> f.indicator() + "@" + f.region())
                        .toList());
    }

    @Test
    void onlyTheCircuitStillOpenAndThePatternsFirstSeenThatDayCount() {
        assertEquals(
                List.of("circuit_open:2026-01-07"),
                digest.openAlerts().stream().map(Digest.AlertItem::alertId).toList());
        assertEquals(
                List.of("P-NEW"),
                digest.newPatterns().stream().map(Digest.PatternItem::id).toList());
        assertEquals(
                List.of(12.0, 20.0, 5.0, 8.0, 45.0),
                digest.backlog().stream().map(Digest.Figure::value).toList());
        assertEquals(4.0, digest.backlog().get(4).change());
        assertEquals("http://tr.example:7070/wall", digest.links().wall());
    }

    /** A person clicks it in WeCom: no token goes with it. */
    @Test
    void theCsvLinkDownloadsTheCoveredDayOfTheTenantWithoutATokenForAWeek() {
        String link = digest.links().indicatorsCsv();
        assertTrue(
                link.startsWith("http://tr.example:7070/api/downloads/indicators.csv?tenant=tenant-a&from=2026-01-07"
                        + "&to=2026-01-07&expires="),
                link);
        Instant expires = Instant.parse(digest.links().indicatorsCsvExpires());
        Duration left = Duration.between(Instant.now(), expires);
        assertTrue(left.compareTo(Duration.ofDays(7)) <= 0
                && left.compareTo(Duration.ofDays(7).minusMinutes(5)) > 0);

        ApiClient.Download clicked = api.client.download(link.substring("http://tr.example:7070".length()), null);
        assertEquals(200, clicked.status());
        String tokenCsv = "/api/v1/indicators?from=2026-01-07&to=2026-01-07&format=csv";
        assertArrayEquals(api.client.download(tokenCsv, api.token).body(), clicked.body(), "the tenant's own CSV");
        String theirs = ",first_response_compliance,,0,0,20,";
        assertTrue(new String(api.client.download(tokenCsv, api.otherToken).body(), StandardCharsets.UTF_8)
                .contains(theirs));
        assertFalse(new String(clicked.body(), StandardCharsets.UTF_8).contains(theirs), "nothing of tenant-b");
    }

    @Test
    void theMarkdownReadsAtAGlanceAndFitsAWeComMessage() {
        String plain = DigestMarkdown.render(digest, false);
        assertTrue(plain.startsWith("## TicketRadar 晨会简报 · tenant-a · 2026-01-08\n"), plain);
        assertTrue(plain.contains("> 首响合规率 **85.0%**（阈值 ≥95.0%，未达标） 较前日 -5.0 个百分点"), plain);
        assertTrue(plain.contains("- 华南 首响合规率 90.0% → 50.0%（较前日 -40.0 个百分点）"), plain);
        assertTrue(plain.contains("- 流程熔断（2026-01-07）"), plain);
        assertTrue(plain.contains("- **车载充电模块冷启动失败 P-NEW**"), plain);
        assertTrue(plain.contains("客服 12（+3） · 技术 20（-1） · 备件 5（+0） · 现场 8（+2） · 合计 45（+4）"), plain);
        assertTrue(plain.contains("[打开大屏](http://tr.example:7070/wall)"), plain);
        assertTrue(plain.contains("[下载统计日指标 CSV](" + digest.links().indicatorsCsv() + ")（链接 7 天内有效）"), plain);
        assertFalse(plain.contains("<font"), "no WeCom tags in plain markdown");

        String wecom = DigestMarkdown.render(digest, true);
        assertTrue(wecom.contains("<font color=\"warning\">**85.0%**</font>"), wecom);
        assertTrue(wecom.contains("<font color=\"info\">**4.0%**</font>"), wecom);
        assertTrue(wecom.getBytes(StandardCharsets.UTF_8).length <= DigestMarkdown.MAX_BYTES);
    }

    @Test
    void theJsonFormIsSnakeCase() {
        JsonNode json = Digests.mapper().valueToTree(digest);
        assertEquals("tenant-a", json.path("tenant_id").asText());
        assertEquals(
                "first_response_compliance",
                json.path("health").get(0).path("indicator").asText());
        assertEquals(
                "circuit_open:2026-01-07",
                json.path("open_alerts").get(0).path("alert_id").asText());
        assertEquals(
                "http://tr.example:7070/wall", json.path("links").path("wall").asText());
    }

    private static Map<String, Object> row(
            String tenant, String day, String region, String indicator, double num, double den, String when, Double t) {
        Map<String, Object> row = TestRows.indicator(tenant, day, region, indicator, num, den);
        if (t != null) {
            row.put("healthy_when", when);
            row.put("healthy_threshold", t);
            row.put("met", when.equals(">=") ? num / den >= t : num / den <= t);
        }
        return row;
    }

    private static Map<String, Object> count(String tenant, String day, String indicator, double tickets) {
        Map<String, Object> row = TestRows.indicator(tenant, day, Regions.ALL, indicator, tickets, 1);
        row.put("unit", "tickets");
        return row;
    }
}
