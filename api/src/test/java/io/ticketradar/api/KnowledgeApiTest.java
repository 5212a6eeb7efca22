package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.tables.FailurePatterns;
import io.ticketradar.warehouse.tables.TicketFacts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Shared knowledge over the real embedded warehouse: a tenant proposes, its group's full token reviews, and only the
 * group's other tenants read the approved entry, with nothing that identifies the source.
 */
class KnowledgeApiTest {

    private static final String EAST = "east-china-dealers";
    /** In group east with {@link TestApi#TENANT}; {@link TestApi#OTHER_TENANT} is in group west. */
    private static final String EAST_TENANT = "tenant-c";

    private static final String LONE_TENANT = "tenant-alone";

    /** What identifies tenant-a and must never reach another tenant. */
    private static final List<String> SOURCE = List.of(
            TestApi.TENANT,
            "A-T-1001",
            "CUST-0077",
            "ENG-ZHANG-WEI",
            "SZ-PARK-3",
            "TEAM-SZ-HV",
            "13812345678",
            "wang@dealer-a.example",
            "苏州工业园区");

    private static TestApi api;
    private static String eastReviewer;
    private static String eastDisplay;
    private static String westReviewer;
    private static String cToken;

    @BeforeAll
    static void start() {
        api = TestApi.builder()
                .groups(TenantGroups.of(
                        Map.of(TestApi.TENANT, EAST, EAST_TENANT, EAST, TestApi.OTHER_TENANT, "west-dealers")))
                .start();
        eastReviewer = api.tokens.issueForGroup(EAST, TenantTokens.Role.FULL);
        eastDisplay = api.tokens.issueForGroup(EAST, TenantTokens.Role.DISPLAY);
        westReviewer = api.tokens.issueForGroup("west-dealers", TenantTokens.Role.FULL);
        cToken = api.tokens.issue(EAST_TENANT);
        Map<String, Object> ticket = TestRows.knownTicket(TestApi.TENANT, "A-T-1001", "2026-01-05");
        ticket.put("customer_id", "CUST-0077");
        ticket.put("assignee_id", "ENG-ZHANG-WEI");
        ticket.put("site_id", "SZ-PARK-3");
        ticket.put("team_id", "TEAM-SZ-HV");
        ticket.put("region", "苏州工业园区");
        Map<String, Object> pattern = TestRows.pattern(
                TestApi.TENANT,
                "P-7",
                "active",
                "2026-01-08",
                1,
                List.of(
                        "fault:SERVO-ENC-07",
                        "symptom:jitter",
                        "region:苏州工业园区",
                        "site:SZ-PARK-3",
                        "word:张伟",
                        "firmware:3.2.1"));
        pattern.put("title_zh", "苏州工业园区 伺服编码器抖动");
        pattern.put(
                "hints",
                "{\"teams\":[\"TEAM-SZ-HV\"],\"parts\":[\"PN-ENC-07\"],\"root_causes\":[\"loose shield at SZ-PARK-3\"],"
                        + "\"resolution\":\"reseat the encoder cable, ticket A-T-1001\"}");
        api.insert(TicketFacts.TABLE, List.of(ticket));
        api.insert(FailurePatterns.TABLE, List.of(pattern));
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void anApprovedFixReachesTheGroupsOtherTenantsAnonymised() {
        JsonNode proposal = propose("""
                {"fault_code":"SERVO-ENC-07","symptoms":["jitter","A-T-1001 alarm"],"by":"王工",
                 "fix":"ENG-ZHANG-WEI fixed A-T-1001 for CUST-0077 at SZ-PARK-3 (TEAM-SZ-HV, 苏州工业园区): reseat the \
                encoder cable. Call 13812345678 or wang@dealer-a.example; see tenant-a notes."}""");
        assertEquals("pending", proposal.path("status").asText());
        JsonNode shared = proposal.path("shared");
        assertEquals(
                "[engineer] fixed [ticket] for [customer] at [site] ([team], [region]): reseat the encoder cable. Call"
                        + " [phone] or [email]; see [tenant] notes.",
                shared.path("fix").asText());
        assertEquals(List.of("jitter", "[ticket] alarm"), TestApi.texts(shared.path("symptoms"), null));
        assertEquals(2, proposal.path("removed").path("ticket").asInt(), proposal.toString());
        String id = proposal.path("proposal_id").asText();

        assertEquals(0, knowledgeOf(cToken).path("total").asInt(), "nothing is shared before review");
        JsonNode pending = ok(api.get("/api/v1/knowledge/proposals?status=pending", eastReviewer));
        assertTrue(TestApi.texts(pending.path("proposals"), "proposal_id").contains(id), pending.toString());

        JsonNode approved = ok(api.client.post(
                "/api/v1/knowledge/proposals/" + id + "/approve",
                eastReviewer,
                "application/json",
                "{\"by\":\"李经理\"}"));
        assertEquals("approved", approved.path("status").asText());

        JsonNode forC = knowledgeOf(cToken);
        assertEquals(1, forC.path("total").asInt(), forC.toString());
        JsonNode entry = forC.path("knowledge").get(0);
        assertEquals(shared.path("fix").asText(), entry.path("fix").asText());
        assertEquals("fix", entry.path("kind").asText());
        assertFalse(entry.path("shared_on").isNull());
        assertNothingOfTheSource(forC.toString());
        assertFalse(forC.toString().contains(id), "the proposal id stays with the source");
        assertFalse(forC.toString().contains("王工") || forC.toString().contains("李经理"), "no names of people");

        assertEquals(0, knowledgeOf(api.token).path("total").asInt(), "the source does not get its own back");
        assertEquals(0, knowledgeOf(api.otherToken).path("total").asInt(), "another group gets nothing");
        assertEquals(
                1,
                ok(api.get("/api/v1/knowledge?tenant=" + EAST_TENANT, eastDisplay))
                        .path("total")
                        .asInt());
        TestApi.assertError(
                api.client.post(
                        "/api/v1/knowledge/proposals/" + id + "/reject",
                        eastReviewer,
                        "application/json",
                        "{\"reason\":\"changed my mind\"}"),
                422,
                "unprocessable",
                null);
    }

    @Test
    void aSharedPatternKeepsItsProductCodesAndLosesItsPlaceTeamsAndWords() {
        JsonNode shared = propose("{\"pattern_id\":\"P-7\"}").path("shared");

        assertEquals("pattern", shared.path("kind").asText());
        assertEquals("SERVO-ENC-07", shared.path("fault_code").asText());
        assertEquals(
                List.of("fault:SERVO-ENC-07", "symptom:jitter", "firmware:3.2.1"),
                TestApi.texts(shared.path("codes"), null));
        assertEquals(List.of("jitter"), TestApi.texts(shared.path("symptoms"), null));
        assertEquals("[region] 伺服编码器抖动", shared.path("title").asText());
        assertEquals(
                "reseat the encoder cable, ticket [ticket]", shared.path("fix").asText());
        assertEquals(List.of("PN-ENC-07"), TestApi.texts(shared.path("parts"), null));
        assertEquals(List.of("loose shield at [site]"), TestApi.texts(shared.path("root_causes"), null));
        assertNothingOfTheSource(shared.toString());
        assertFalse(shared.toString().contains("张伟"), "free words of descriptions are not shared");
    }

    @Test
    void aRejectedProposalNeedsAReasonAndIsNeverShared() {
        String id = propose("{\"fault_code\":\"HV-OBC-LT01\",\"fix\":\"preheat the module\"}")
                .path("proposal_id")
                .asText();
        String reject = "/api/v1/knowledge/proposals/" + id + "/reject";

        TestApi.assertError(api.client.post(reject, eastReviewer, "application/json", "{}"), 400, "bad_body", "reason");
        JsonNode rejected =
                ok(api.client.post(reject, eastReviewer, "application/json", "{\"reason\":\"only for one model\"}"));
        assertEquals("rejected", rejected.path("status").asText());
        assertEquals("only for one model", rejected.path("review_reason").asText());
        JsonNode mine = ok(api.get("/api/v1/knowledge/proposals?status=rejected"));
        assertTrue(TestApi.texts(mine.path("proposals"), "proposal_id").contains(id), "the proposer reads the reason");
        assertFalse(knowledgeOf(cToken).toString().contains("preheat the module"));
    }

    @Test
    void onlyTheGroupsFullTokenReviewsAndOnlyAFullTenantTokenProposes() {
        String id = propose("{\"fault_code\":\"LV-12\",\"fix\":\"replace the fuse\"}")
                .path("proposal_id")
                .asText();
        String approve = "/api/v1/knowledge/proposals/" + id + "/approve";

        TestApi.assertError(api.client.post(approve, api.token, "application/json", "{}"), 403, "forbidden", null);
        TestApi.assertError(api.client.post(approve, cToken, "application/json", "{}"), 403, "forbidden", null);
        TestApi.assertError(api.client.post(approve, eastDisplay, "application/json", "{}"), 403, "forbidden", null);
        TestApi.assertError(api.client.post(approve, westReviewer, "application/json", "{}"), 404, "not_found", null);
        JsonNode westList = ok(api.get("/api/v1/knowledge/proposals", westReviewer));
        assertEquals(0, westList.path("total").asInt(), westList.toString());

        String body = "{\"fault_code\":\"LV-12\",\"fix\":\"replace the fuse\"}";
        TestApi.assertError(
                api.client.post("/api/v1/knowledge/proposals", api.displayToken, "application/json", body),
                403,
                "forbidden",
                null);
        TestApi.assertError(
                api.client.post(
                        "/api/v1/knowledge/proposals?tenant=" + TestApi.TENANT, eastReviewer, "application/json", body),
                403,
                "forbidden",
                null);
    }

    @Test
    void badProposalsAreRefusedNamingWhatIsWrong() {
        TestApi.assertError(post("{}"), 400, "bad_body", "fault_code");
        TestApi.assertError(post("{\"fault_code\":\"X-1\"}"), 400, "bad_body", "fix");
        TestApi.assertError(post("{\"fault_code\":\"X-1\",\"fix\":\"y\",\"owner\":\"z\"}"), 400, "bad_body", "owner");
        TestApi.assertError(
                post("{\"fault_code\":\"X-1\",\"fix\":\"y\",\"symptoms\":\"a\"}"), 400, "bad_body", "symptoms");
        TestApi.assertError(post("[1]"), 400, "bad_body", null);
        TestApi.assertError(post("{\"pattern_id\":\"P-404\"}"), 404, "not_found", null);
        TestApi.assertError(post("{\"pattern_id\":\"P-7\",\"fault_code\":\"X\"}"), 400, "bad_body", "fault_code");
        String alone = api.tokens.issue(LONE_TENANT);
        TestApi.assertError(
                api.client.post(
                        "/api/v1/knowledge/proposals",
                        alone,
                        "application/json",
                        "{\"fault_code\":\"X\",\"fix\":\"y\"}"),
                422,
                "unprocessable",
                null);
        TestApi.assertError(api.get("/api/v1/knowledge/proposals?status=done"), 400, "bad_parameter", "status");
    }

    private static void assertNothingOfTheSource(String json) {
        for (String identifier : SOURCE) {
            assertFalse(json.contains(identifier), identifier + " in " + json);
        }
    }

    private static ApiClient.Response post(String body) {
        return api.post("/api/v1/knowledge/proposals", "application/json", body);
    }

    private static JsonNode propose(String body) {
        ApiClient.Response response = post(body);
        assertEquals(201, response.status(), response.body());
        return response.json();
    }

    private static JsonNode knowledgeOf(String token) {
        return ok(api.get("/api/v1/knowledge", token));
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertEquals(200, response.status(), response.body());
        return response.json();
    }
}
