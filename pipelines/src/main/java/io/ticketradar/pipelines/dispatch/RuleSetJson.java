package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.events.Topics;

import java.util.List;

/**
 * A rule set as JSON, in the form {@link RuleSetParser} reads: what the API stores and answers, and, with its tenant
 * and version, the value of the compacted {@code dispatch-rules} topic (keyed by tenant, so the newest set of each
 * tenant is kept).
 */
public final class RuleSetJson {

    /** The compacted topic the running dispatch job learns rule changes from. */
    public static final String TOPIC = Topics.DISPATCH_RULES;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private RuleSetJson() {}

    /** The rules and streak, as people write them. */
    public static ObjectNode body(RuleSet set) {
        ObjectNode node = MAPPER.createObjectNode();
        ArrayNode rules = node.putArray("rules");
        for (Rule rule : set.rules()) {
            rules.add(rule(rule));
        }
        node.putObject("streak")
                .put("tickets_in_a_row", set.streak().ticketsInARow())
                .put("rest_minutes", set.streak().rest().toMinutes());
        return node;
    }

    /** The topic's value: the body with the tenant and version. */
    public static String message(RuleSet set) {
        ObjectNode node =
                MAPPER.createObjectNode().put("tenant_id", set.tenantId()).put("version", set.version());
        node.setAll(body(set));
        return node.toString();
    }

    /** Reads a topic value back; a value that is not a valid set is {@link RuleSetParser.Checked.Invalid}. */
    public static RuleSetParser.Checked read(String message) {
        ObjectNode node;
        try {
            JsonNode parsed = MAPPER.readTree(message);
            if (!(parsed instanceof ObjectNode object)) {
                return new RuleSetParser.Checked.Invalid(List.of("a dispatch-rules message is a JSON object"));
            }
            node = object;
        } catch (JsonProcessingException e) {
            return new RuleSetParser.Checked.Invalid(List.of("a dispatch-rules message is not JSON"));
        }
        JsonNode tenant = node.remove("tenant_id");
        JsonNode version = node.remove("version");
        if (tenant == null || !tenant.isTextual() || version == null || !version.canConvertToLong()) {
            return new RuleSetParser.Checked.Invalid(List.of("a dispatch-rules message names tenant_id and version"));
        }
        return RuleSetParser.parse(tenant.asText(), version.asLong(), node);
    }

    private static ObjectNode rule(Rule rule) {
        ObjectNode node = MAPPER.createObjectNode();
        switch (rule) {
            case Rule.Batch b ->
                node.put("kind", "batch").put("sn_prefix", b.snPrefix()).put("team", b.team());
            case Rule.FaultDomain f ->
                node.put("kind", "fault_domain")
                        .put("fault_code", f.faultCode())
                        .put("domain", f.domain().name());
            case Rule.DomainTeam d ->
                node.put("kind", "domain_team").put("domain", d.domain().name()).put("team", d.team());
            case Rule.Local l ->
                node.put("kind", "local")
                        .put("region", l.region())
                        .put("site", l.site())
                        .put("customer", l.customer())
                        .put("product_model", l.productModel())
                        .put("skill", l.skill())
                        .put("team", l.team())
                        .put("engineer", l.engineer());
            case Rule.Stock s -> {
                node.put("kind", "stock").put("product_model", s.productModel()).put("fault_code", s.faultCode());
                s.parts().forEach(node.putArray("parts")::add);
            }
        }
        return node;
    }
}
