package io.ticketradar.pipelines.dispatch;

import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The routing gain of issue 9 on the generator's {@code before} data (one tenant, 28 days at 120 tickets a day, seed
 * 7): of the tickets that went through the technical stage and were resolved, the share whose rule-chosen technical
 * group is the one that finally held them there, against the share whose first assigned technical group was. The rules
 * are the tenant's catalogue as fault_domain rules (CODE_DEFINED master data of the stream) and the three domain groups
 * as domain_team rules; the rule-chosen team is the one for the fault as finally diagnosed (dispatch routes again when
 * a diagnosis changes the fault), and, for comparison, the one at creation, when the fault is rarely known yet.
 * Figures are logged and written up in docs/dispatch.md.
 */
class RoutingGainTest {

    private static final Logger LOG = LoggerFactory.getLogger(RoutingGainTest.class);
    private static final EventCodec CODEC = new EventCodec();

    /** What one ticket's events say about its technical routing. */
    private static final class Ticket {
        EventBody.TicketCreated created;
        String tenantId;
        String ticketId;
        String createdFault;
        String fault;
        TechnicalDomain diagnosed;
        final List<String> techTeams = new ArrayList<>();
        boolean resolved;
    }

    @Test
    void ruleChosenTeamsMatchTheResolvingTeamMoreOftenThanFirstAssignments() {
        GeneratorSettings settings =
                GeneratorSettings.of(1, LocalDate.of(2026, 3, 2), 28, 120, 7L, Scenarios.load("before"));
        List<Event> events = new ArrayList<>();
        for (Iterator<GeneratedRecord> it = new DataGenerator(settings).records(); it.hasNext(); ) {
            if (CODEC.decode(it.next().value()) instanceof Decoded.Valid valid) {
                events.add(valid.event());
            }
        }
        events.sort(Comparator.comparing(Event::ts));

        List<String> rules = new ArrayList<>();
        Map<String, Ticket> tickets = new LinkedHashMap<>();
        for (Event event : events) {
            switch (CODEC.body(event)) {
                case EventBody.CodeDefined c
                when c.domain() != null ->
                    rules.add("{\"kind\":\"fault_domain\",\"fault_code\":\"" + c.code() + "\",\"domain\":\""
                            + c.domain() + "\"}");
                case EventBody.TicketCreated c -> {
                    Ticket t = tickets.computeIfAbsent(event.ticketId(), id -> new Ticket());
                    t.created = c;
                    t.tenantId = event.tenantId();
                    t.ticketId = event.ticketId();
                    t.createdFault = c.faultCode();
                    t.fault = c.faultCode();
                }
                case EventBody.FaultDiagnosed d -> {
                    Ticket t = tickets.get(event.ticketId());
                    if (t != null) {
                        t.fault = d.faultCode();
                        t.diagnosed = d.domain();
                    }
                }
                case EventBody.TicketAssigned a
                when a.stage() == Stage.TECH -> {
                    Ticket t = tickets.get(event.ticketId());
                    if (t != null) {
                        t.techTeams.add(a.teamId());
                    }
                }
                case EventBody.TicketResolved r -> {
                    Ticket t = tickets.get(event.ticketId());
                    if (t != null) {
                        t.resolved = true;
                    }
                }
                default -> {}
            }
        }
        for (TechnicalDomain domain : TechnicalDomain.values()) {
            rules.add("{\"kind\":\"domain_team\",\"domain\":\"" + domain + "\",\"team\":\"T-TECH-" + domain + "\"}");
        }
        RuleSet set = RuleSetParserTest.valid("{\"rules\":[" + String.join(",", rules) + "]}");

        int counted = 0;
        int firstRight = 0;
        int ruleRight = 0;
        int ruleAtCreationRight = 0;
        int bounced = 0;
        for (Ticket t : tickets.values()) {
            if (t.created == null || !t.resolved || t.techTeams.isEmpty()) {
                continue;
            }
            counted++;
            String finalTeam = t.techTeams.getLast();
            if (t.techTeams.getFirst().equals(finalTeam)) {
                firstRight++;
            }
            if (t.techTeams.size() > 1) {
                bounced++;
            }
            if (finalTeam.equals(chosen(set, t, t.fault, t.diagnosed))) {
                ruleRight++;
            }
            if (finalTeam.equals(chosen(set, t, t.createdFault, null))) {
                ruleAtCreationRight++;
            }
        }
        double first = share(firstRight, counted);
        double rule = share(ruleRight, counted);
        double atCreation = share(ruleAtCreationRight, counted);
        LOG.info(
                "routing gain on 'before' (28 d x 120/d, seed 7): {} resolved tickets through TECH, {} bounced there;"
                        + " first assigned TECH group = final group {}%; rule-chosen group (fault as diagnosed) = final"
                        + " group {}%; rule-chosen at creation {}%",
                counted, bounced, first, rule, atCreation);
        assertTrue(counted > 1_000, "enough tickets: " + counted);
        assertTrue(rule > first, "rules " + rule + "% against first assignments " + first + "%");
    }

    private static String chosen(RuleSet set, Ticket t, String fault, TechnicalDomain diagnosed) {
        EventBody.TicketCreated c = t.created;
        TicketToRoute ticket = new TicketToRoute(
                t.tenantId,
                t.ticketId,
                c.deviceSn(),
                c.productModel(),
                c.region(),
                c.siteId(),
                c.customerId(),
                fault,
                diagnosed,
                "gain",
                "FAULT_DIAGNOSED",
                0);
        return Router.route(set, ticket, Map.of(), part -> 1, new HashMap<>()).team();
    }

    private static double share(int part, int whole) {
        return Math.round(1000.0 * part / whole) / 10.0;
    }
}
