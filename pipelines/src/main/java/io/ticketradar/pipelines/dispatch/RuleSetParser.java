package io.ticketradar.pipelines.dispatch;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.events.Ids;
import io.ticketradar.events.TechnicalDomain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates a rule set as people write it:
 *
 * <pre>
 * {"rules": [
 *    {"kind": "batch",        "sn_prefix": "A7K2", "team": "TECH-BATCH-A7"},
 *    {"kind": "fault_domain", "fault_code": "OBC-E017", "domain": "HV"},
 *    {"kind": "domain_team",  "domain": "HV", "team": "TECH-HV"},
 *    {"kind": "local", "region": "华东", "site": null, "customer": null, "product_model": null,
 *                      "skill": "german-vehicle-protocols", "team": "FIELD-SZ", "engineer": "E-0042"},
 *    {"kind": "stock", "product_model": "OBC-6.6kW", "fault_code": "OBC-E017", "parts": ["P-OBC-07"]}],
 *  "streak": {"tickets_in_a_row": 5, "rest_minutes": 120}}
 * </pre>
 *
 * Every problem is reported, each naming where it is ({@code rules[3].sn_prefix must be 4 characters}); a set with
 * any problem is refused as a whole, so the rules in force stay as they were.
 */
public final class RuleSetParser {

    public static final int SN_PREFIX_LENGTH = 4;
    static final int MAX_RULES = 5_000;
    static final int MAX_TEXT = 200;
    static final int MAX_IN_A_ROW = 1_000;
    static final long MAX_REST_MINUTES = 7 * 24 * 60;
    /** Enough to fix a set in a few rounds, short enough for an error message. */
    static final int MAX_PROBLEMS = 20;

    private static final Set<String> TOP = Set.of("rules", "streak");
    private static final Set<String> STREAK = Set.of("tickets_in_a_row", "rest_minutes");
    private static final Map<String, Set<String>> FIELDS = Map.of(
            "batch", Set.of("kind", "sn_prefix", "team"),
            "fault_domain", Set.of("kind", "fault_code", "domain"),
            "domain_team", Set.of("kind", "domain", "team"),
            "local", Set.of("kind", "region", "site", "customer", "product_model", "skill", "team", "engineer"),
            "stock", Set.of("kind", "product_model", "fault_code", "parts"));
    private static final String KINDS = "batch, fault_domain, domain_team, local, stock";

    /** The outcome: a rule set, or what is wrong with it. */
    public sealed interface Checked {
        record Valid(RuleSet rules) implements Checked {}

        record Invalid(List<String> problems) implements Checked {
            public Invalid {
                problems = List.copyOf(problems);
            }

            public String message() {
                return String.join("; ", problems);
            }
        }
    }

    private final List<String> problems = new ArrayList<>();

    private RuleSetParser() {}

    /** Checks a rule set written as above, to become the tenant's version {@code version}. */
    public static Checked parse(String tenantId, long version, JsonNode body) {
        return new RuleSetParser().read(tenantId, version, body);
    }

    private Checked read(String tenantId, long version, JsonNode body) {
        if (body == null || !body.isObject()) {
            return new Checked.Invalid(
                    List.of("a rule set is a JSON object with \"rules\" (an array) and," + " optionally, \"streak\""));
        }
        unknownFields(body, TOP, "");
        JsonNode rulesNode = body.get("rules");
        List<Rule> rules = new ArrayList<>();
        if (rulesNode == null || !rulesNode.isArray()) {
            problem("rules must be an array of rules (kinds: " + KINDS + ")");
        } else if (rulesNode.size() > MAX_RULES) {
            problem("rules has " + rulesNode.size() + " rules, at most " + MAX_RULES + " are allowed");
        } else {
            for (int i = 0; i < rulesNode.size(); i++) {
                Rule rule = rule(i, rulesNode.get(i));
                if (rule != null) {
                    rules.add(rule);
                }
            }
            duplicates(rules);
        }
        StreakRule streak = streak(body.get("streak"));
        if (!problems.isEmpty()) {
            return new Checked.Invalid(problems.subList(0, Math.min(problems.size(), MAX_PROBLEMS)));
        }
        return new Checked.Valid(new RuleSet(tenantId, version, rules, streak));
    }

    private Rule rule(int index, JsonNode node) {
        String at = "rules[" + index + "]";
        if (!node.isObject()) {
            problem(at + " must be an object with a kind (" + KINDS + ")");
            return null;
        }
        JsonNode kindNode = node.get("kind");
        String kind = kindNode != null && kindNode.isTextual() ? kindNode.asText() : null;
        if (kind == null || !FIELDS.containsKey(kind)) {
            problem(at + ".kind must be one of " + KINDS + (kind == null ? "" : ", not '" + kind + "'"));
            return null;
        }
        unknownFields(node, FIELDS.get(kind), at + ".");
        int before = problems.size();
        Rule rule = switch (kind) {
            case "batch" -> new Rule.Batch(index, snPrefix(node, at), required(node, at, "team"));
            case "fault_domain" -> new Rule.FaultDomain(index, required(node, at, "fault_code"), domain(node, at));
            case "domain_team" -> new Rule.DomainTeam(index, domain(node, at), required(node, at, "team"));
            case "local" -> local(index, node, at);
            default -> stock(index, node, at);
        };
        return problems.size() == before ? rule : null;
    }

    private Rule.Local local(int index, JsonNode node, String at) {
        Rule.Local rule = new Rule.Local(
                index,
                optional(node, at, "region"),
                optional(node, at, "site"),
                optional(node, at, "customer"),
                optional(node, at, "product_model"),
                optional(node, at, "skill"),
                optional(node, at, "team"),
                optional(node, at, "engineer"));
        if (rule.region() == null && rule.site() == null && rule.customer() == null && rule.productModel() == null) {
            problem(at + " needs at least one condition: region, site, customer or product_model");
        }
        if (rule.team() == null && rule.engineer() == null && rule.skill() == null) {
            problem(at + " needs at least one outcome: team, engineer or skill");
        }
        return rule;
    }

    private Rule.Stock stock(int index, JsonNode node, String at) {
        String model = required(node, at, "product_model");
        String fault = required(node, at, "fault_code");
        JsonNode partsNode = node.get("parts");
        List<String> parts = new ArrayList<>();
        if (partsNode == null || !partsNode.isArray() || partsNode.isEmpty()) {
            problem(at + ".parts must be a non-empty array of part numbers");
        } else {
            for (int i = 0; i < partsNode.size(); i++) {
                JsonNode part = partsNode.get(i);
                if (!part.isTextual()
                        || part.asText().isBlank()
                        || part.asText().length() > MAX_TEXT) {
                    problem(at + ".parts[" + i + "] must be a part number (1 to " + MAX_TEXT + " characters)");
                } else {
                    parts.add(part.asText().strip());
                }
            }
        }
        return new Rule.Stock(index, model, fault, parts);
    }

    private String snPrefix(JsonNode node, String at) {
        String prefix = required(node, at, "sn_prefix");
        if (prefix != null && prefix.length() != SN_PREFIX_LENGTH) {
            problem(at + ".sn_prefix must be " + SN_PREFIX_LENGTH + " characters (the batch), not '" + prefix + "'");
        }
        return prefix;
    }

    private TechnicalDomain domain(JsonNode node, String at) {
        String value = required(node, at, "domain");
        if (value == null) {
            return null;
        }
        return Arrays.stream(TechnicalDomain.values())
                .filter(d -> d.name().equals(value))
                .findFirst()
                .orElseGet(() -> {
                    problem(at + ".domain must be one of HV, LV, SW, not '" + value + "'");
                    return null;
                });
    }

    private StreakRule streak(JsonNode node) {
        if (node == null || node.isNull()) {
            return StreakRule.DEFAULT;
        }
        if (!node.isObject()) {
            problem("streak must be an object with tickets_in_a_row and rest_minutes");
            return null;
        }
        unknownFields(node, STREAK, "streak.");
        long inARow = whole(node, "tickets_in_a_row", StreakRule.DEFAULT.ticketsInARow(), MAX_IN_A_ROW);
        long rest = whole(node, "rest_minutes", StreakRule.DEFAULT.rest().toMinutes(), MAX_REST_MINUTES);
        return new StreakRule((int) inARow, Duration.ofMinutes(rest));
    }

    private long whole(JsonNode node, String field, long fallback, long max) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isIntegralNumber() || value.asLong() < 1 || value.asLong() > max) {
            problem("streak." + field + " must be a whole number from 1 to " + max + ", not " + value);
            return fallback;
        }
        return value.asLong();
    }

    /** The same key twice would make the outcome depend on the order people did not mean to give. */
    private void duplicates(List<Rule> rules) {
        Map<String, Integer> seen = new LinkedHashMap<>();
        for (Rule rule : rules) {
            String key = switch (rule) {
                case Rule.Batch b -> "a batch rule for sn_prefix '" + b.snPrefix() + "'";
                case Rule.FaultDomain f -> "a fault_domain rule for fault_code '" + f.faultCode() + "'";
                case Rule.DomainTeam d -> "a domain_team rule for domain " + d.domain();
                case Rule.Stock s ->
                    "a stock rule for product_model '" + s.productModel() + "' and fault_code '" + s.faultCode() + "'";
                case Rule.Local l -> null; // local rules are ordered: a later one may refine an earlier one
            };
            if (key == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(key, rule.index());
            if (first != null) {
                problem("rules[" + rule.index() + "] repeats " + key + " (first at rules[" + first + "])");
            }
        }
    }

    private String required(JsonNode node, String at, String field) {
        String value = optional(node, at, field);
        if (value == null && !problems.contains(at + "." + field + mustBeText())) {
            problem(at + "." + field + " is required");
        }
        return value;
    }

    /** A text field, stripped; null when absent or null. */
    private String optional(JsonNode node, String at, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        // Rules name teams and engineers that end up in TICKET_ASSIGNED events: they must be ids the codec accepts.
        if (!value.isTextual() || value.asText().length() > MAX_TEXT || !Ids.fits(value.asText())) {
            problem(at + "." + field + mustBeText());
            return null;
        }
        return value.asText().strip();
    }

    private static String mustBeText() {
        return " must be a non-empty string of at most " + MAX_TEXT + " characters without control characters";
    }

    private void unknownFields(JsonNode node, Set<String> known, String at) {
        Set<String> unknown = new HashSet<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                unknown.add(name);
            }
        }
        unknown.stream()
                .sorted()
                .forEach(name -> problem(at + name + " is not a known field (known: "
                        + known.stream().sorted().collect(Collectors.joining(", ")) + ")"));
    }

    private void problem(String message) {
        problems.add(message);
    }
}
