package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.events.TechnicalDomain;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleSetParserTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static RuleSet valid(String json) {
        return valid(1, json);
    }

    static RuleSet valid(long version, String json) {
        RuleSetParser.Checked checked = RuleSetParser.parse("t1", version, read(json));
        return assertInstanceOf(RuleSetParser.Checked.Valid.class, checked, checked.toString())
                .rules();
    }

    private static List<String> problems(String json) {
        RuleSetParser.Checked checked = RuleSetParser.parse("t1", 1, read(json));
        return assertInstanceOf(RuleSetParser.Checked.Invalid.class, checked).problems();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void readsEveryKindInOrderWithTheSpecsStreakByDefault() {
        RuleSet set = valid("""
                {"rules":[
                  {"kind":"batch","sn_prefix":"A7K2","team":"TECH-A7"},
                  {"kind":"fault_domain","fault_code":"OBC-E017","domain":"HV"},
                  {"kind":"domain_team","domain":"HV","team":"TECH-HV"},
                  {"kind":"local","region":"华东","skill":"german-protocols","team":"FIELD-SZ"},
                  {"kind":"stock","product_model":"OBC-6.6kW","fault_code":"OBC-E017","parts":["P-1","P-2"]}]}""");
        assertEquals(
                List.of(
                        new Rule.Batch(0, "A7K2", "TECH-A7"),
                        new Rule.FaultDomain(1, "OBC-E017", TechnicalDomain.HV),
                        new Rule.DomainTeam(2, TechnicalDomain.HV, "TECH-HV"),
                        new Rule.Local(3, "华东", null, null, null, "german-protocols", "FIELD-SZ", null),
                        new Rule.Stock(4, "OBC-6.6kW", "OBC-E017", List.of("P-1", "P-2"))),
                set.rules());
        assertEquals(new StreakRule(5, Duration.ofHours(2)), set.streak());
        assertEquals(1, set.version());
    }

    @Test
    void streakNumbersAreConfigurable() {
        RuleSet set = valid("{\"rules\":[],\"streak\":{\"tickets_in_a_row\":3,\"rest_minutes\":45}}");
        assertEquals(new StreakRule(3, Duration.ofMinutes(45)), set.streak());
    }

    @Test
    void namesTheRuleAndFieldAtFault() {
        assertEquals(List.of("rules[1].sn_prefix must be 4 characters (the batch), not 'A7K'"), problems("""
                        {"rules":[{"kind":"batch","sn_prefix":"A7K2","team":"T"},
                                  {"kind":"batch","sn_prefix":"A7K","team":"T"}]}"""));
    }

    @Test
    void reportsEveryProblemAtOnce() {
        List<String> problems = problems("""
                {"rules":[
                  {"kind":"fault_domain","fault_code":"F1","domain":"HX"},
                  {"kind":"domain_team","team":"T"},
                  {"kind":"routing","team":"T"},
                  {"kind":"local","team":"T"},
                  {"kind":"local","region":"华东"},
                  {"kind":"stock","product_model":"M","fault_code":"F1","parts":[]},
                  {"kind":"batch","sn_prefix":"A7K2","team":"T","colour":"red"}],
                 "streak":{"tickets_in_a_row":0}}""");
        assertEquals(
                List.of(
                        "rules[0].domain must be one of HV, LV, SW, not 'HX'",
                        "rules[1].domain is required",
                        "rules[2].kind must be one of batch, fault_domain, domain_team, local, stock, not 'routing'",
                        "rules[3] needs at least one condition: region, site, customer or product_model",
                        "rules[4] needs at least one outcome: team, engineer or skill",
                        "rules[5].parts must be a non-empty array of part numbers",
                        "rules[6].colour is not a known field (known: kind, sn_prefix, team)",
                        "streak.tickets_in_a_row must be a whole number from 1 to 1000, not 0"),
                problems);
    }

    @Test
    void refusesTheSameKeyTwiceButAllowsLocalRulesThatRefineEachOther() {
        assertEquals(List.of("rules[2] repeats a batch rule for sn_prefix 'A7K2' (first at rules[0])"), problems("""
                        {"rules":[{"kind":"batch","sn_prefix":"A7K2","team":"T1"},
                                  {"kind":"local","region":"华东","team":"T3"},
                                  {"kind":"batch","sn_prefix":"A7K2","team":"T2"},
                                  {"kind":"local","region":"华东","team":"T4"}]}"""));
    }

    @Test
    void refusesWhatIsNotARuleSet() {
        assertTrue(problems("[]").getFirst().startsWith("a rule set is a JSON object"));
        assertEquals(
                List.of("rules must be an array of rules (kinds: batch, fault_domain, domain_team, local, stock)"),
                problems("{\"rules\":{}}"));
        assertEquals(
                List.of("version is not a known field (known: rules, streak)"),
                problems("{\"rules\":[],\"version\":3}"));
        assertEquals(
                List.of(
                        "rules[0].team must be a non-empty string of at most 200 characters without control characters"),
                problems("{\"rules\":[{\"kind\":\"batch\",\"sn_prefix\":\"A7K2\",\"team\":7}]}"));
        assertEquals(
                List.of(
                        "rules[0].team must be a non-empty string of at most 200 characters without control characters"),
                problems("{\"rules\":[{\"kind\":\"batch\",\"sn_prefix\":\"A7K2\",\"team\":\"T\\u0000X\"}]}"),
                "a team that TICKET_ASSIGNED could not carry is refused with the rules, not when a ticket is routed");
    }

    @Test
    void topicMessageRoundTrips() {
        RuleSet set = valid(4, """
                {"rules":[{"kind":"local","customer":"C-1","engineer":"E-1"},
                          {"kind":"stock","product_model":"M","fault_code":"F","parts":["P"]}],
                 "streak":{"tickets_in_a_row":2,"rest_minutes":30}}""");
        RuleSetParser.Checked back = RuleSetJson.read(RuleSetJson.message(set));
        assertEquals(
                set, assertInstanceOf(RuleSetParser.Checked.Valid.class, back).rules());
    }
}
