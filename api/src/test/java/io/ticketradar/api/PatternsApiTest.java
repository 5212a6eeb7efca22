package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Topics;
import io.ticketradar.warehouse.tables.FailureCases;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.ticketradar.api.TestApi.OTHER_TENANT;
import static io.ticketradar.api.TestApi.TENANT;
import static io.ticketradar.api.TestRows.pattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The patterns routes over real HTTP: rows put into {@code failure_patterns} the way the detector writes them, people's
 * decisions through PATCH into {@code pattern_feedback} and onto a real Kafka topic.
 */
class PatternsApiTest {

    private static final List<String> COLD_START = List.of("fault:HV-OBC-LT01", "region:华北");
    private static final List<String> SCREENS = List.of("fault:LV-CAN-BUS03", "accessory:non_original_screen");

    @TempDir
    static Path kafkaDir;

    private static TestKafka kafka;
    private static TestApi api;

    @BeforeAll
    static void start() {
        kafka = TestKafka.start(kafkaDir, Map.of(Topics.PATTERN_FEEDBACK, 1));
        api = TestApi.builder().feedback(kafka.publisher).start();
        Map<String, Object> coldStartFirst = pattern(TENANT, "P-COLD", "emerging", "2026-01-08", 1, COLD_START);
        coldStartFirst.put("ratio", 3.0);
        Map<String, Object> screens = pattern(TENANT, "P-SCREEN", "active", "2026-01-05", 1, SCREENS);
        screens.put("opportunity", true);
        screens.put("opportunity_reason", "aftermarket: photo:non_original_screen"); // as the detector's rule writes it
        api.insert(
                FailurePatterns.TABLE,
                List.of(
                        coldStartFirst,
                        pattern(TENANT, "P-COLD", "emerging", "2026-01-08", 2, COLD_START),
                        screens,
                        pattern(TENANT, "P-OLD", "resolved", "2025-12-01", 1, List.of("fault:SW-HMI-07")),
                        pattern(TENANT, "P-DISMISS", "fading", "2025-11-01", 1, List.of("fault:SW-TBOX-02")),
                        pattern(TENANT, "P-TAG", "fading", "2025-10-01", 1, List.of("fault:LV-BCM-11")),
                        pattern(OTHER_TENANT, "P-FOREIGN", "emerging", "2026-01-09", 1, COLD_START)));
    }

    @AfterAll
    static void stop() throws Exception {
        if (kafka != null) {
            kafka.closeAfter(api);
        }
    }

    @Test
    void aPatternComesWhole_itsJsonColumnsParsed() {
        JsonNode cold = api.ok("/api/v1/patterns/P-COLD");

        assertEquals("P-COLD", cold.path("id").asText());
        assertEquals("emerging", cold.path("status").asText());
        assertEquals("2026-01-08", cold.path("detected_on").asText());
        assertEquals("2026-01-08T02:00:00Z", cold.path("evaluated_at").asText());
        assertEquals(5.4, cold.path("ratio").asDouble(), "the newest version of the pattern");
        assertEquals(TestApi.json("""
                [{"code":"fault:HV-OBC-LT01","kind":"fault","value":"HV-OBC-LT01"},
                 {"code":"region:华北","kind":"region","value":"华北"}]"""), cold.path("defining"));
        assertEquals(38, cold.path("observed").asInt());
        assertEquals(0.0001, cold.path("p_value").asDouble());
        assertEquals(7, cold.path("window_days").asInt());
        assertTrue(cold.path("title").path("zh").asText().startsWith("车载充电模块"));
        assertTrue(cold.path("description").path("en").asText().contains("×5.4"));
        assertEquals(4.55, cold.path("co_occurring").get(0).path("lift").asDouble(), "an array, not a string");
        assertEquals(9, cold.path("daily").get(0).path("observed").asInt());
        assertEquals("TECH-HV", cold.path("hints").path("teams").get(0).asText());
        assertEquals(List.of("T-1", "T-2"), texts(cold.path("example_tickets")));
        assertFalse(cold.path("opportunity").asBoolean());
        assertEquals(TestApi.json("""
                {"confirmed":false,"dismissed":false,"dismiss_reason":null,"opportunity":null,"opportunity_reason":null,
                 "note":null,"updated_at":null}"""), cold.path("feedback"));
        assertTrue(cold.path("opportunity_by").isNull());
        assertTrue(cold.path("opportunity_accessory").isNull());
    }

    @Test
    void theDetectorsOpportunityReasonIsKeptForMachinesAndItsAccessorySplitForPages() {
        JsonNode screens = api.ok("/api/v1/patterns/P-SCREEN");

        assertTrue(screens.path("opportunity").asBoolean());
        assertEquals("detector", screens.path("opportunity_by").asText());
        assertEquals(
                "aftermarket: photo:non_original_screen",
                screens.path("opportunity_reason").asText());
        assertEquals(TestApi.json("""
                        {"code":"photo:non_original_screen","kind":"photo","value":"non_original_screen"}"""), screens.path("opportunity_accessory"));
    }

    @Test
    void theListIsNewestDetectedFirst_filteredByStatusAndOpportunity_aPageAtATime() {
        JsonNode all = api.ok("/api/v1/patterns?status=emerging,active,fading,resolved");
        assertTrue(
                ids(all).containsAll(List.of("P-COLD", "P-SCREEN", "P-OLD")),
                "every status when asked for all: " + ids(all));
        assertEquals(List.of("P-COLD", "P-SCREEN", "P-OLD"), ids(api.ok("/api/v1/patterns?limit=3")));

        assertEquals(List.of("P-OLD"), ids(api.ok("/api/v1/patterns?status=resolved")));
        assertEquals(List.of("P-SCREEN"), ids(api.ok("/api/v1/patterns?opportunity=true&status=active,emerging")));
        assertEquals(List.of("P-COLD", "P-SCREEN"), ids(api.ok("/api/v1/patterns?status=emerging&status=active")));

        JsonNode page = api.ok("/api/v1/patterns?limit=1&offset=1");
        assertEquals(List.of("P-SCREEN"), ids(page));
        assertEquals(5, page.path("total").asInt());
        assertEquals(1, page.path("limit").asInt());
        assertEquals(1, page.path("offset").asInt());
    }

    @Test
    void anotherTenantsPatternLooksExactlyLikeAMissingOne() {
        ApiClient.Response foreign = api.get("/api/v1/patterns/P-FOREIGN");
        ApiClient.Response missing = api.get("/api/v1/patterns/P-NONE");

        assertEquals(404, foreign.status(), foreign.body());
        assertEquals(missing.body().replace("P-NONE", "?"), foreign.body().replace("P-FOREIGN", "?"));
        assertFalse(ids(api.ok("/api/v1/patterns")).contains("P-FOREIGN"));
        assertEquals(
                List.of("P-FOREIGN"),
                ids(api.get("/api/v1/patterns", api.otherToken).json()));
        assertEquals(
                404,
                api.client
                        .patch("/api/v1/patterns/P-FOREIGN", api.token, "{\"action\":\"confirm\"}")
                        .status());
    }

    @Test
    void dismissingNeedsAReason_isStoredPublishedAndUndoneByConfirming() {
        ApiClient.Response noReason =
                api.client.patch("/api/v1/patterns/P-DISMISS", api.token, "{\"action\":\"dismiss\"}");
        assertEquals(400, noReason.status(), noReason.body());
        assertTrue(noReason.body().contains("reason"), noReason.body());

        ApiClient.Response dismissed = api.client.patch(
                "/api/v1/patterns/P-DISMISS",
                api.token,
                "{\"action\":\"dismiss\",\"reason\":\"a known firmware issue, patched\",\"by\":\"zhang.wei\"}");
        assertEquals(200, dismissed.status(), dismissed.body());
        JsonNode pattern = dismissed.json();
        assertEquals("dismissed", pattern.path("status").asText());
        assertTrue(pattern.path("feedback").path("dismissed").asBoolean());
        assertEquals(
                "a known firmware issue, patched",
                pattern.path("feedback").path("dismiss_reason").asText());
        assertFalse(pattern.path("feedback").path("updated_at").isNull());
        assertEquals(List.of("P-DISMISS"), ids(api.ok("/api/v1/patterns?status=dismissed")));
        assertEquals(
                "zhang.wei",
                api.warehouse
                        .query("SELECT updated_by FROM pattern_feedback FINAL WHERE pattern_id = 'P-DISMISS'")
                        .getFirst()
                        .get("updated_by"));

        List<ConsumerRecord<String, String>> records = feedbackRecords(TENANT + "|P-DISMISS", 1);
        JsonNode value = TestApi.json(records.getLast().value());
        assertEquals(
                TestApi.json("""
                        {"tenant_id":"tenant-a","pattern_id":"P-DISMISS","confirmed":false,"dismissed":true,
                         "dismiss_reason":"a known firmware issue, patched","opportunity":null,"note":null,
                         "updated_at":"%s"}""".formatted(
                                pattern.path("feedback").path("updated_at").asText())),
                value);

        JsonNode confirmed = api.client
                .patch("/api/v1/patterns/P-DISMISS", api.token, "{\"action\":\"confirm\"}")
                .json();
        assertEquals("fading", confirmed.path("status").asText(), "back to what the detector says");
        assertTrue(confirmed.path("feedback").path("confirmed").asBoolean());
        assertTrue(confirmed.path("feedback").path("dismiss_reason").isNull());
        assertEquals(2, feedbackRecords(TENANT + "|P-DISMISS", 2).size());
    }

    @Test
    void peopleOverrideTheOpportunityTagWithTheirReasonAsTypedAndKeepNotes() {
        String typed = "  4S店反馈：客户自行加装的倒车影像  ";
        JsonNode tagged = api.client
                .patch(
                        "/api/v1/patterns/P-TAG",
                        api.token,
                        "{\"action\":\"tag_opportunity\",\"reason\":\"" + typed + "\"}")
                .json();
        assertTrue(tagged.path("opportunity").asBoolean());
        assertEquals("person", tagged.path("opportunity_by").asText());
        assertEquals(
                typed.strip(),
                tagged.path("feedback").path("opportunity_reason").asText());
        assertTrue(tagged.path("feedback").path("opportunity").asBoolean());
        assertEquals("", tagged.path("opportunity_reason").asText(), "the detector gave none");
        assertEquals(List.of("P-TAG"), ids(api.ok("/api/v1/patterns?opportunity=true&status=fading")));

        JsonNode noted = api.client
                .patch("/api/v1/patterns/P-TAG", api.token, "{\"action\":\"note\",\"note\":\"ask the PM of 4S shops\"}")
                .json();
        assertEquals(
                "ask the PM of 4S shops", noted.path("feedback").path("note").asText());
        assertTrue(noted.path("opportunity").asBoolean(), "a note keeps the earlier decisions");
        assertEquals(
                typed.strip(), noted.path("feedback").path("opportunity_reason").asText());

        JsonNode untagged = api.client
                .patch("/api/v1/patterns/P-TAG", api.token, "{\"action\":\"untag_opportunity\"}")
                .json();
        assertFalse(untagged.path("opportunity").asBoolean());
        assertTrue(untagged.path("opportunity_by").isNull());
        assertTrue(untagged.path("feedback").path("opportunity_reason").isNull(), "untagged without a reason");
        assertEquals(
                false,
                TestApi.json(feedbackRecords(TENANT + "|P-TAG", 3).getLast().value())
                        .path("opportunity")
                        .asBoolean(true),
                "the override travels to the detector");
    }

    @Test
    void aBadDecisionIsA400NamingWhatIsWrong() {
        Map<String, String> paramByBody = new java.util.LinkedHashMap<>();
        paramByBody.put("", null);
        paramByBody.put("not json", null);
        paramByBody.put("[1]", null);
        paramByBody.put("{}", "action");
        paramByBody.put("{\"action\":\"approve\"}", "action");
        paramByBody.put("{\"action\":1}", "action");
        paramByBody.put("{\"action\":\"note\"}", "note");
        paramByBody.put("{\"action\":\"confirm\",\"reson\":\"typo\"}", "reson");
        paramByBody.put("{\"action\":\"dismiss\",\"reason\":\"   \"}", "reason");
        paramByBody.put("{\"action\":\"dismiss\",\"reason\":\"" + "x".repeat(2_001) + "\"}", "reason");
        paramByBody.put("{\"action\":\"note\",\"note\":7}", "note");
        paramByBody.forEach((body, param) -> TestApi.assertError(
                api.client.patch("/api/v1/patterns/P-SCREEN", api.token, body), 400, "bad_body", param));
        TestApi.assertError(
                api.client.patch("/api/v1/patterns/P-NONE", api.token, "{\"action\":\"confirm\"}"),
                404,
                "not_found",
                null);
        assertEquals(
                "active", api.ok("/api/v1/patterns/P-SCREEN").path("status").asText(), "nothing was changed");
    }

    @Test
    void badListParametersAre400sNamingTheParameter() {
        api.assertBadRequest("/api/v1/patterns?status=new", "status");
        api.assertBadRequest("/api/v1/patterns?status=active,", "status");
        api.assertBadRequest("/api/v1/patterns?opportunity=yes", "opportunity");
        api.assertBadRequest("/api/v1/patterns?limit=0", "limit");
        api.assertBadRequest("/api/v1/patterns?format=pdf", "format");
    }

    @Test
    void aTicketGetsTheHintsOfTheLivePatternsItMatches() {
        Map<String, Object> matching =
                TestRows.failureCase(TENANT, "T-COLD", "T-COLD", "2026-01-08", "B24A-1", "HV-OBC-LT01", 1);
        matching.put("codes", List.of("fault:HV-OBC-LT01", "region:华北", "temp:<-15", "model:OBC-6.6"));
        Map<String, Object> partial =
                TestRows.failureCase(TENANT, "T-HALF", "T-HALF", "2026-01-08", "B24A-2", "HV-OBC-LT01", 1);
        partial.put("codes", List.of("fault:HV-OBC-LT01", "region:华东"));
        Map<String, Object> old =
                TestRows.failureCase(TENANT, "T-HMI", "T-HMI", "2026-01-08", "B24A-3", "SW-HMI-07", 1);
        old.put("codes", List.of("fault:SW-HMI-07"));
        api.insert(FailureCases.TABLE, List.of(matching, partial, old));
        api.insert(TicketFacts.TABLE, List.of(TestRows.knownTicket(TENANT, "T-NEW", "2026-01-08")));

        JsonNode hints = api.ok("/api/v1/tickets/T-COLD/hints");
        assertEquals("T-COLD", hints.path("ticket_id").asText());
        assertEquals(1, hints.path("hints").size(), hints.toString());
        JsonNode hint = hints.path("hints").get(0);
        assertEquals("P-COLD", hint.path("pattern_id").asText());
        assertEquals(COLD_START, texts(hint.path("matched_codes")));
        assertEquals("PN-OBC-PFC-02", hint.path("parts").get(0).asText());
        assertEquals("KB-0042: preheat the module", hint.path("resolution").asText());
        assertTrue(hint.path("title").path("en").asText().contains("cold-start"));

        assertEquals(0, api.ok("/api/v1/tickets/T-HALF/hints").path("hints").size(), "one defining code missing");
        assertEquals(0, api.ok("/api/v1/tickets/T-HMI/hints").path("hints").size(), "a resolved pattern gives none");
        assertEquals(0, api.ok("/api/v1/tickets/T-NEW/hints").path("hints").size(), "known, not yet a case");
        assertEquals(404, api.get("/api/v1/tickets/T-NOWHERE/hints").status());
        assertEquals(
                404, api.get("/api/v1/tickets/T-COLD/hints", api.otherToken).status());
    }

    @Test
    void patternsExportAsExcelSafeCsvAndXlsx() throws Exception {
        ApiClient.Download csv = api.client.download("/api/v1/patterns?status=active&format=csv", api.token);
        assertEquals(200, csv.status());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        assertTrue(csv.headers().firstValue("Content-Disposition").orElse("").contains("patterns.csv"));
        String text = new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFid,status,detected_on"), text);
        assertTrue(text.contains("P-SCREEN,active,2026-01-05"), text);
        assertTrue(text.contains("fault:LV-CAN-BUS03; accessory:non_original_screen"), text);

        ApiClient.Download xlsx = api.client.download("/api/v1/patterns?status=active&format=xlsx", api.token);
        assertEquals(200, xlsx.status());
        try (var workbook =
                new org.apache.poi.xssf.usermodel.XSSFWorkbook(new java.io.ByteArrayInputStream(xlsx.body()))) {
            var sheet = workbook.getSheetAt(0);
            assertEquals("id", sheet.getRow(0).getCell(0).getStringCellValue());
            List<String> exported = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                exported.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
            assertTrue(exported.contains("P-SCREEN"), exported.toString());
            assertEquals(38.0, sheet.getRow(1).getCell(6).getNumericCellValue(), "observed is a number");
        }
    }

    private static List<ConsumerRecord<String, String>> feedbackRecords(String key, int atLeast) {
        List<ConsumerRecord<String, String>> records = TopicRecords.readUntil(
                kafka.bootstrapServers(),
                Topics.PATTERN_FEEDBACK,
                read -> read.stream().filter(r -> r.key().equals(key)).count() >= atLeast);
        List<ConsumerRecord<String, String>> ofKey =
                records.stream().filter(r -> r.key().equals(key)).toList();
        assertTrue(ofKey.size() >= atLeast, "records of " + key + ": " + ofKey);
        return ofKey;
    }

    private static List<String> ids(JsonNode list) {
        List<String> ids = new ArrayList<>();
        list.path("patterns").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(t -> texts.add(t.asText()));
        return texts;
    }
}
