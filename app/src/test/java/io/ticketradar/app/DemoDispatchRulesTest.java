package io.ticketradar.app;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.datasets.generate.DataGenerator;
import io.ticketradar.datasets.generate.GeneratedRecord;
import io.ticketradar.datasets.generate.GeneratorSettings;
import io.ticketradar.datasets.scenario.Scenarios;
import io.ticketradar.datasets.world.Catalogue;
import io.ticketradar.datasets.world.StarterRules;
import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventBody;
import io.ticketradar.events.EventCodec;
import io.ticketradar.pipelines.dispatch.Router;
import io.ticketradar.pipelines.dispatch.Routing;
import io.ticketradar.pipelines.dispatch.RuleSet;
import io.ticketradar.pipelines.dispatch.RuleSetParser;
import io.ticketradar.pipelines.dispatch.TicketToRoute;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo's dispatch: the starter rules the demo adopts are a valid set for the job's own parser, and routing the
 * generator's demo traffic by them (with the engineers and stock levels the generator sends as master data) gives
 * most tickets a team and an engineer, sends East China tickets to engineers with the local rule's skill, and blocks
 * some while a part is out of stock.
 */
class DemoDispatchRulesTest {

    private static final int DAYS = 21;
    private static final String SKILL = "german_vehicle_protocols";

    @Test
    void theStarterRulesRouteTheDemoTraffic() {
        ObjectNode starter = StarterRules.of(Catalogue.standard());
        RuleSet rules = assertInstanceOf(
                        RuleSetParser.Checked.Valid.class,
                        RuleSetParser.parse("t", 1, starter),
                        () -> RuleSetParser.parse("t", 1, starter).toString())
                .rules();

        GeneratorSettings settings =
                GeneratorSettings.of(1, LocalDate.of(2026, 3, 2), DAYS, 120, 20_260_105L, Scenarios.load("before"));
        Map<String, EventBody.EngineerRegistered> engineers = new HashMap<>();
        Map<String, Integer> stock = new HashMap<>();
        EventCodec codec = new EventCodec();
        Map<String, TicketToRoute> open = new HashMap<>();
        Set<String> seen = new HashSet<>();
        List<Routing> routings = new ArrayList<>();
        int tickets = 0;
        for (Iterator<GeneratedRecord> it = new DataGenerator(settings).records(); it.hasNext(); ) {
            if (!(codec.decode(it.next().value()) instanceof Decoded.Valid valid)) {
                continue;
            }
            Event event = valid.event();
            if (!seen.add(event.eventId())) {
                continue; // a redelivery: the job de-duplicates them before dispatch
            }
            switch (codec.body(event)) {
                case EventBody.EngineerRegistered e -> engineers.put(e.engineerId(), e);
                case EventBody.PartStocked s -> stock.put(s.partNo() + "/" + s.depotId(), s.quantity());
                case EventBody.TicketCreated c -> {
                    TicketToRoute ticket = TicketToRoute.created(event, c);
                    open.put(event.ticketId(), ticket);
                    tickets++;
                    routings.add(Router.route(rules, ticket, engineers, part -> units(stock, part), Map.of()));
                }
                // Dispatch routes again once a diagnosis changes the fault (DispatchRequests).
                case EventBody.FaultDiagnosed d
                when open.containsKey(event.ticketId()) -> {
                    TicketToRoute ticket = open.get(event.ticketId()).rediagnosed(event, d);
                    if (ticket != null) {
                        open.put(event.ticketId(), ticket);
                        routings.add(Router.route(rules, ticket, engineers, part -> units(stock, part), Map.of()));
                    }
                }
                default -> {}
            }
        }
        int teamed = 0;
        int assigned = 0;
        int blocked = 0;
        int local = 0;
        int localSkilled = 0;
        for (Routing routing : routings) {
            teamed += routing.team() == null ? 0 : 1;
            assigned += routing.assigns() ? 1 : 0;
            blocked += routing.blocked() ? 1 : 0;
            if (routing.path().contains("local:0") && routing.engineer() != null) {
                local++;
                localSkilled += engineers.get(routing.engineer()).skills().contains(SKILL) ? 1 : 0;
            }
        }
        System.out.printf(
                "demo dispatch over %d days: %d tickets, %d routings, %d with a team, %d assigned, %d blocked; %d by the local rule,"
                        + " %d of them to a skilled engineer%n",
                DAYS, tickets, routings.size(), teamed, assigned, blocked, local, localSkilled);
        assertTrue(tickets > DAYS * 100, "tickets: " + tickets);
        assertTrue(blocked > 0, "a stock-out blocks some dispatches");
        assertTrue(blocked < routings.size() / 10, "but not many: " + blocked);
        assertTrue(local > 0, "East China tickets go by the local rule");
        assertEquals(local, localSkilled, "to engineers who know German-brand vehicle protocols");
        assertTrue(assigned > tickets / 2, "most tickets are assigned once their fault is known: " + assigned);
    }

    private static long units(Map<String, Integer> stock, String part) {
        return stock.entrySet().stream()
                .filter(e -> e.getKey().startsWith(part + "/"))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }
}
