package io.ticketradar.pipelines.policy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Priority;
import io.ticketradar.pipelines.indicators.Healthy;
import io.ticketradar.pipelines.indicators.Indicator;
import io.ticketradar.pipelines.lifecycle.SlaPolicy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TenantPolicyJsonTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }

    private static TenantPolicyJson.Checked.Valid valid(String body) throws Exception {
        return assertInstanceOf(TenantPolicyJson.Checked.Valid.class, TenantPolicyJson.parse(json(body), SHANGHAI));
    }

    private static List<String> problems(String body) throws Exception {
        return assertInstanceOf(TenantPolicyJson.Checked.Invalid.class, TenantPolicyJson.parse(json(body), SHANGHAI))
                .problems();
    }

    @Test
    void whatAPolicyLeavesOutIsTheSpecsAndADayStartsAtMidnightInTheTenantsZone() throws Exception {
        var v = valid("""
                {"effective_from":"2026-12-03","sla":{"first_response":"4h","resolution":{"P3":"5d"}},
                 "healthy":{"first_response_compliance":0.9,"bounce_rate":"<=0.2"}}""");
        assertEquals(Instant.parse("2026-12-02T16:00:00Z"), v.effectiveFrom());
        assertEquals(Duration.ofHours(4), v.sla().firstResponse());
        assertEquals(SlaPolicy.DEFAULT.breakpointStay(), v.sla().breakpointStay());
        assertEquals(Duration.ofDays(5), v.sla().resolutionOf(Priority.P3));
        assertEquals(SlaPolicy.DEFAULT.resolutionOf(Priority.P1), v.sla().resolutionOf(Priority.P1));
        assertEquals(Healthy.atLeast(0.9), v.healthy().get(Indicator.FIRST_RESPONSE_COMPLIANCE));
        assertEquals(Healthy.atMost(0.2), v.healthy().get(Indicator.BOUNCE_RATE));
        assertNull(valid("{}").effectiveFrom(), "no effective_from: from the moment of adoption");
    }

    @Test
    void everyProblemIsNamedWhereItIs() throws Exception {
        List<String> problems = problems("""
                {"effective_from":"soon","sla":{"first_response":"0h","breakpoint_stay":4,"resolution":{"P9":"1d"},
                 "grace":"1h"},"healthy":{"speed":0.5,"bounce_rate":"high","overdue_rate":true},"zone":"UTC"}""");
        assertEquals(9, problems.size(), problems.toString());
        for (String where : List.of(
                "effective_from must be a day",
                "sla.first_response: '0h' is not a positive duration",
                "sla.breakpoint_stay must be a text",
                "sla.resolution.P9 is not a priority",
                "sla.grace is not a policy field",
                "healthy.speed is not an indicator",
                "healthy.bounce_rate: the spec gives bounce_rate no direction",
                "healthy.overdue_rate must be a number or a text",
                "zone is not a policy field")) {
            assertTrue(problems.stream().anyMatch(p -> p.startsWith(where)), where + " in " + problems);
        }
        assertTrue(problems("[1]").getFirst().startsWith("a policy is a JSON object"));
        assertTrue(problems("{\"sla\":{\"holidays\":\"2027-02-06\"}}")
                .getFirst()
                .startsWith("sla.holidays and sla.workdays need sla.hours"));
        assertTrue(problems("{\"sla\":{\"hours\":\"MON-FRI 9-18\"}}").getFirst().startsWith("sla calendar: "));
    }

    @Test
    void aMessageCarriesEveryVersionAndReadsBackAsWritten() throws Exception {
        var first = valid("""
                {"sla":{"first_response":"4h"},"healthy":{"breakpoint_rate":0.08},
                 "webhooks":[{"format":"WeCom","url":"https://qyapi.example/send?key=k1"}]}""");
        var second = valid("""
                {"effective_from":"2026-12-10T08:30:00+08:00","sla":{"breakpoint_stay":"90m",
                 "hours":"MON-FRI 09:00-12:00,13:00-18:00","holidays":"2027-02-06..2027-02-08","workdays":"2027-02-14"}}""");
        List<PolicyVersion> versions = List.of(
                new PolicyVersion(
                        1,
                        Instant.parse("2026-12-01T00:00:00Z"),
                        Instant.parse("2026-12-01T00:00:00Z"),
                        "lead",
                        first.sla(),
                        first.healthy(),
                        first.webhooks()),
                new PolicyVersion(
                        2,
                        second.effectiveFrom(),
                        Instant.parse("2026-12-02T03:00:00Z"),
                        "ops",
                        second.sla(),
                        second.healthy(),
                        second.webhooks()));

        PolicyHistory read = TenantPolicyJson.read(TenantPolicyJson.message("acme", versions));

        assertEquals("acme", read.tenantId());
        assertEquals(versions, read.versions());
        assertEquals(
                new java.math.BigDecimal("0.08"), read.versions().getFirst().breakpointThreshold());
        assertEquals(
                "90m",
                TenantPolicyJson.body(read.versions().getLast())
                        .at("/sla/breakpoint_stay")
                        .asText());
    }

    @Test
    void webhooksAreAnsweredMaskedAndAMaskedAddressSentBackKeepsTheSecretItStandsFor() throws Exception {
        var v = valid("""
                {"webhooks":[{"format":"wecom","url":"https://qyapi.example/cgi-bin/webhook/send?key=s3cret"},
                             {"format":"json","url":"https://ops.example/hooks/tr"}]}""");
        PolicyVersion inForce =
                new PolicyVersion(1, Instant.EPOCH, Instant.EPOCH, "ops", v.sla(), v.healthy(), v.webhooks());
        ObjectNode stored = TenantPolicyJson.body(inForce);
        assertEquals(
                "https://qyapi.example/cgi-bin/webhook/send?key=s3cret",
                stored.at("/webhooks/0/url").asText());

        ObjectNode answered = TenantPolicyJson.answered(stored);
        assertFalse(answered.toString().contains("s3cret"), answered.toString());
        assertEquals(
                "https://qyapi.example/cgi-bin/webhook/send?key=***",
                answered.at("/webhooks/0/url").asText());
        assertEquals("wecom", answered.at("/webhooks/0/format").asText());
        assertEquals(stored.at("/webhooks/1"), answered.at("/webhooks/1"), "nothing to hide");

        var sentBack = assertInstanceOf(
                TenantPolicyJson.Checked.Valid.class, TenantPolicyJson.parse(answered, SHANGHAI, inForce.webhooks()));
        assertEquals(v.webhooks(), sentBack.webhooks(), "the masked address stands for the whole one in force");

        List<String> problems = assertInstanceOf(
                        TenantPolicyJson.Checked.Invalid.class, TenantPolicyJson.parse(answered, SHANGHAI, List.of()))
                .problems();
        assertEquals(
                List.of("webhooks[0].url is masked (***) but masks no webhook in force: send the whole address"),
                problems);
    }

    @Test
    void aBadWebhookIsNamedByItsPlaceAndItsAddressIsNeverRepeated() throws Exception {
        List<String> problems = problems("""
                {"webhooks":[{"format":"sms","url":"https://ops.example/a?key=leak1"},
                             {"format":"json","url":"ftp://ops.example/b?key=leak2"},
                             {"format":"json"}, 7, {"format":"json","url":"https://ops.example/c","retry":3}]}""");
        assertEquals(
                List.of(
                        "webhooks[0].format must be one of json, wecom",
                        "webhooks[1].url is not an http(s) address with a host",
                        "webhooks[2].url must be the http(s) address the alerts are posted to",
                        "webhooks[3] must be an object of format and url",
                        "webhooks[4].retry is not a webhook field (format, url)"),
                problems);
        assertFalse(problems.toString().contains("leak"), problems.toString());
        assertTrue(problems("{\"webhooks\":\"https://ops.example\"}").getFirst().startsWith("webhooks must be a list"));
        assertEquals(List.of(), valid("{}").webhooks(), "none when left out");
    }

    @Test
    void theVersionInForceIsTheLastAdoptedOfThoseEffectiveByThen() {
        Instant dec1 = Instant.parse("2026-12-01T00:00:00Z");
        Instant dec10 = Instant.parse("2026-12-10T00:00:00Z");
        Instant dec5 = Instant.parse("2026-12-05T00:00:00Z");
        PolicyHistory history = new PolicyHistory(
                "acme",
                List.of(
                        version(3, dec5, Duration.ofHours(8)),
                        version(1, dec1, Duration.ofHours(3)),
                        version(2, dec10, Duration.ofHours(4))));
        assertTrue(history.at(dec1.toEpochMilli() - 1).isEmpty(), "before the first: the start-up policy");
        assertEquals(1, history.at(dec1.toEpochMilli()).orElseThrow().version());
        assertEquals(3, history.at(dec5.toEpochMilli()).orElseThrow().version());
        assertEquals(3, history.at(dec10.toEpochMilli()).orElseThrow().version(), "3 was adopted after 2");
        assertEquals(3, history.newestVersion());
    }

    private static PolicyVersion version(long n, Instant from, Duration firstResponse) {
        return new PolicyVersion(
                n, from, from, "x", SlaPolicy.DEFAULT.withFirstResponse(firstResponse), Map.of(), List.of());
    }
}
