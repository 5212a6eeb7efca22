package io.ticketradar.datasets.world;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Stage;

import java.util.List;

/**
 * A first dispatch rule set for a tenant of this catalogue, as a maker would write it on day one (docs/dispatch.md):
 * East China customers first to engineers who know German-brand vehicle protocols, each fault code to its domain,
 * each domain to its technical group, and for each product model the parts its faults need in stock. The demo adopts
 * it through the API, so its tickets are dispatched from the start.
 */
public final class StarterRules {

    static final String LOCAL_REGION = "华东";
    static final String LOCAL_SKILL = "german_vehicle_protocols";
    static final int TICKETS_IN_A_ROW = 5;
    static final int REST_MINUTES = 120;

    private StarterRules() {}

    /** The set as PUT to {@code /api/v1/dispatch/rules}. */
    public static ObjectNode of(Catalogue catalogue) {
        ObjectNode set = JsonNodeFactory.instance.objectNode();
        ArrayNode rules = set.putArray("rules");
        rules.addObject().put("kind", "local").put("region", LOCAL_REGION).put("skill", LOCAL_SKILL);
        for (Catalogue.Fault fault : catalogue.faults()) {
            rules.addObject()
                    .put("kind", "fault_domain")
                    .put("fault_code", fault.code())
                    .put("domain", fault.domain().name());
        }
        for (Catalogue.TeamSpec team : catalogue.teams()) {
            if (team.stage() == Stage.TECH && team.domain() != null) {
                rules.addObject()
                        .put("kind", "domain_team")
                        .put("domain", team.domain().name())
                        .put("team", team.id());
            }
        }
        for (Catalogue.Product product : catalogue.products()) {
            for (String code : product.faults().keySet()) {
                List<String> parts = catalogue.fault(code).parts();
                if (!parts.isEmpty()) {
                    ObjectNode stock = rules.addObject()
                            .put("kind", "stock")
                            .put("product_model", product.code())
                            .put("fault_code", code);
                    parts.forEach(stock.putArray("parts")::add);
                }
            }
        }
        set.putObject("streak").put("tickets_in_a_row", TICKETS_IN_A_ROW).put("rest_minutes", REST_MINUTES);
        return set;
    }
}
