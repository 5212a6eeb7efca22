package io.ticketradar.pipelines.dispatch;

import io.ticketradar.events.EventBody.EngineerRegistered;
import io.ticketradar.events.TechnicalDomain;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Each rule kind of DOMAIN.md §7 on its own, then how they combine. */
class RouterTest {

    static final long AT = Instant.parse("2026-11-30T02:00:00Z").toEpochMilli();

    static final RuleSet RULES = RuleSetParserTest.valid("""
            {"rules":[
              {"kind":"batch","sn_prefix":"A7K2","team":"TECH-A7"},
              {"kind":"fault_domain","fault_code":"OBC-E017","domain":"HV"},
              {"kind":"domain_team","domain":"HV","team":"TECH-HV"},
              {"kind":"domain_team","domain":"SW","team":"TECH-SW"},
              {"kind":"local","region":"华东","site":"SITE-SIP","skill":"german-protocols"},
              {"kind":"local","customer":"CUST-VIP","team":"TECH-HV","engineer":"E-9"},
              {"kind":"stock","product_model":"OBC-6.6kW","fault_code":"OBC-E017","parts":["P-OBC-07","P-FUSE"]}]}""");

    static final Map<String, EngineerRegistered> ENGINEERS = Map.of(
            "E-1", new EngineerRegistered("E-1", "TECH-A7", List.of("LV"), null),
            "E-2", new EngineerRegistered("E-2", "TECH-A7", List.of("german-protocols"), null),
            "E-3", new EngineerRegistered("E-3", "TECH-A7", List.of("german-protocols"), null),
            "E-4", new EngineerRegistered("E-4", "TECH-HV", List.of("HV"), null),
            "E-9", new EngineerRegistered("E-9", "TECH-HV", List.of("HV"), null));

    static final ToLongFunction<String> EVERYTHING_IN_STOCK = part -> 5;

    static TicketToRoute ticket(String sn, String region, String site, String customer, String model, String fault) {
        return new TicketToRoute(
                "t1", "TK-1", sn, model, region, site, customer, fault, null, "ev-1", "TICKET_CREATED", AT);
    }

    private static Routing route(TicketToRoute ticket) {
        return Router.route(RULES, ticket, ENGINEERS, EVERYTHING_IN_STOCK, Map.of());
    }

    @Test
    void batchRuleSendsTheSnPrefixToItsTechnicalGroup() {
        Routing r = route(ticket("A7K2-2409-0031", "华南", "S-1", "C-1", "ACC-2", null));
        assertEquals("TECH-A7", r.team());
        assertEquals("E-1", r.engineer(), "first member by id");
        assertEquals(List.of("batch:A7K2"), r.path());
        assertTrue(r.assigns());
        assertEquals(List.of(), r.warnings());
    }

    @Test
    void faultCodeGivesTheDomainAndTheDomainItsTeam() {
        Routing r = route(ticket("B24A-0001-0001", "华南", "S-1", "C-1", "OBC-11kW", "OBC-E017"));
        assertEquals("TECH-HV", r.team());
        assertEquals(List.of("fault:OBC-E017", "domain:HV"), r.path());
        assertEquals("E-4", r.engineer());
    }

    @Test
    void withoutAFaultRuleTheDiagnosedDomainDecides() {
        TicketToRoute diagnosed = new TicketToRoute(
                "t1",
                "TK-1",
                "B24A-1",
                "M",
                "华南",
                "S",
                "C",
                "CAN-E101",
                TechnicalDomain.SW,
                "ev-2",
                "FAULT_DIAGNOSED",
                AT);
        Routing r = route(diagnosed);
        assertEquals("TECH-SW", r.team());
        assertEquals(List.of("diagnosis:SW", "domain:SW"), r.path());
        assertNull(r.engineer());
        assertEquals(List.of("no engineer of team TECH-SW is known"), r.warnings());
        assertFalse(r.assigns());
    }

    @Test
    void noRuleNoTeamAndSaysSo() {
        Routing r = route(ticket("B24A-0001-0001", "华南", "S-1", "C-1", "M", null));
        assertNull(r.team());
        assertEquals(List.of(), r.path());
        assertEquals(List.of("no rule gives a team for this ticket (batch B24A, fault null)"), r.warnings());
        assertFalse(r.assigns());
    }

    @Test
    void localRuleOfSkillOnlyKeepsTheBatchTeamButNeedsTheSkill() {
        Routing r = route(ticket("A7K2-2409-0031", "华东", "SITE-SIP", "C-1", "ACC-2", null));
        assertEquals(List.of("local:4", "batch:A7K2"), r.path());
        assertEquals("TECH-A7", r.team());
        assertEquals("E-2", r.engineer(), "E-1 lacks german-protocols");
    }

    @Test
    void localRuleOnlyAppliesWhenEveryConditionMatches() {
        Routing r = route(ticket("A7K2-2409-0031", "华东", "SITE-OTHER", "C-1", "ACC-2", null));
        assertEquals(List.of("batch:A7K2"), r.path());
        assertEquals("E-1", r.engineer());
    }

    @Test
    void localRuleComesBeforeBatchAndPrefersItsEngineer() {
        Routing r = route(ticket("A7K2-2409-0031", "华南", "S-1", "CUST-VIP", "ACC-2", null));
        assertEquals(List.of("local:5"), r.path());
        assertEquals("TECH-HV", r.team());
        assertEquals("E-9", r.engineer(), "preferred over E-4, who comes first by id");
    }

    @Test
    void restingEngineerIsSkippedUntilTheRestEnds() {
        TicketToRoute t = ticket("A7K2-2409-0031", "华南", "S-1", "C-1", "ACC-2", null);
        Instant until = Instant.ofEpochMilli(AT).plusSeconds(3600);
        Routing skipped = Router.route(RULES, t, ENGINEERS, EVERYTHING_IN_STOCK, Map.of("E-1", until));
        assertEquals("E-2", skipped.engineer());
        assertEquals(
                List.of("engineer E-1 skipped: took a streak of tickets, rests until 2026-11-30T03:00:00Z"),
                skipped.warnings());
        Routing rested =
                Router.route(RULES, t, ENGINEERS, EVERYTHING_IN_STOCK, Map.of("E-1", Instant.ofEpochMilli(AT)));
        assertEquals("E-1", rested.engineer(), "a rest that ends at the ticket's time is over");
    }

    @Test
    void everyoneRestingLeavesTheTicketWithTheTeamOnly() {
        TicketToRoute t = ticket("A7K2-2409-0031", "华东", "SITE-SIP", "C-1", "ACC-2", null);
        Instant until = Instant.ofEpochMilli(AT).plusSeconds(60);
        Routing r = Router.route(RULES, t, ENGINEERS, EVERYTHING_IN_STOCK, Map.of("E-2", until, "E-3", until));
        assertEquals("TECH-A7", r.team());
        assertNull(r.engineer(), "E-1 lacks the skill the local rule needs");
        assertEquals(
                "every engineer of team TECH-A7 who may take it is resting after a streak",
                r.warnings().getLast());
    }

    @Test
    void partOutOfStockBlocksTheDispatchAndWarns() {
        TicketToRoute t = ticket("B24A-0001-0001", "华南", "S-1", "C-1", "OBC-6.6kW", "OBC-E017");
        Routing r = Router.route(RULES, t, ENGINEERS, part -> part.equals("P-FUSE") ? 0 : 2, Map.of());
        assertTrue(r.blocked());
        assertEquals("TECH-HV", r.team());
        assertNull(r.engineer());
        assertEquals(List.of("fault:OBC-E017", "domain:HV", "stock:6"), r.path());
        assertEquals(
                List.of("stock-out: part P-FUSE for OBC-6.6kW / OBC-E017 is in no depot; dispatch blocked"),
                r.warnings());
        assertFalse(r.assigns());
    }

    @Test
    void partsInStockLetItThrough() {
        Routing r = route(ticket("B24A-0001-0001", "华南", "S-1", "C-1", "OBC-6.6kW", "OBC-E017"));
        assertFalse(r.blocked());
        assertEquals(List.of("fault:OBC-E017", "domain:HV", "stock:6"), r.path());
        assertEquals("E-4", r.engineer());
    }

    @Test
    void streakGrowsWithTheSameEngineerAndRestartsWithAnother() {
        Streak s = null;
        for (int i = 1; i <= 4; i++) {
            s = Streak.after(s, "E-1");
            assertFalse(s.exhausts(StreakRule.DEFAULT), i + " in a row");
        }
        assertTrue(Streak.after(s, "E-1").exhausts(StreakRule.DEFAULT), "the fifth in a row");
        assertEquals(new Streak("E-2", 1), Streak.after(s, "E-2"));
        assertEquals(s, Streak.decode(s.encode()));
    }
}
