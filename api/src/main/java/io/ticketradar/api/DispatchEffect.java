package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.DispatchDecisions;
import io.ticketradar.warehouse.tables.DispatchRules;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a rule version, or one rule adopted with it, did once live (issue 9), computed in the warehouse: the tickets it
 * routed while the version was in force (decisions of that version, for a rule those whose rule path names it), their
 * first-time-fix rate and mean closure time, against comparable tickets created in the same length of time before the
 * version was adopted (for a rule: those its conditions match; for a version: all the tenant's). Routed tickets are
 * counted from the decisions, the outcomes from {@code ticket_facts} (a ticket not folded there yet has none). Counts
 * come with
 * the rates, and {@code enough_to_compare} says whether each side has {@value #ENOUGH_RESOLVED} resolved tickets: a
 * reader should not trust a rate of a handful. Tickets routed lately have had less time to be fixed and closed than
 * those before; the counts of resolved and closed tickets show it.
 */
final class DispatchEffect {

    static final int ENOUGH_RESOLVED = 30;

    private static final String ADOPTIONS = """
            SELECT version, adopted_at FROM %s FINAL
            WHERE tenant_id = ? AND version >= ? ORDER BY version LIMIT 2""".formatted(DispatchRules.TABLE);
    private static final String OUTCOMES = """
            SELECT count() AS n_tickets, countIf(resolved_at IS NOT NULL) AS n_resolved,
                   countIf(first_time_fix) AS n_fixed, countIf(closed) AS n_closed,
                   avgIf(closure_ms, closed AND closure_ms IS NOT NULL) AS mean_closure_ms
            FROM %s FINAL WHERE tenant_id = ? AND NOT merged AND\s""".formatted(TicketFacts.TABLE);
    private static final String DECIDED = "tenant_id = ? AND rules_version = ?";

    private final Warehouse warehouse;

    DispatchEffect(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /**
     * One side of the comparison.
     *
     * @param firstTimeFixRate first-time fixed over resolved, null when none was resolved
     * @param closureHoursMean over the closed tickets, null when none was closed
     */
    record Side(
            String from,
            String to,
            long tickets,
            long resolved,
            long firstTimeFixed,
            Double firstTimeFixRate,
            long closed,
            Double closureHoursMean) {}

    /**
     * @param rule the rule's step in the rule path (such as {@code local:0}), null for the whole version
     * @param liveUntil when the next version replaced it, null while in force
     */
    record Effect(
            long version,
            String rule,
            String liveFrom,
            String liveUntil,
            Side routed,
            Side before,
            boolean enoughToCompare) {}

    /** A rule of a version: its step names it in the decisions' rule paths; its conditions pick comparable tickets. */
    record RuleOfVersion(String step, RuleConditions conditions) {

        /** The rule at position {@code index} of its set, as people write it (docs/dispatch.md). */
        static RuleOfVersion of(JsonNode rule, int index) {
            return new RuleOfVersion(step(rule, index), RuleConditions.of(rule));
        }

        /** Its step as the dispatch job names it: local and stock rules by position, the others by what they match. */
        private static String step(JsonNode rule, int index) {
            return switch (rule.path("kind").asText()) {
                case "batch" -> "batch:" + rule.path("sn_prefix").asText();
                case "fault_domain" -> "fault:" + rule.path("fault_code").asText();
                case "domain_team" -> "domain:" + rule.path("domain").asText();
                default -> rule.path("kind").asText() + ":" + index;
            };
        }
    }

    /** The effect of version {@code version}, or of one of its rules; empty when the tenant has no such version. */
    Optional<Effect> of(String tenant, long version, RuleOfVersion rule, Instant now) {
        List<Map<String, Object>> adoptions = warehouse.query(ADOPTIONS, tenant, version);
        if (adoptions.isEmpty() || (Long) adoptions.getFirst().get("version") != version) {
            return Optional.empty();
        }
        Instant from = WarehouseValues.instant(adoptions.getFirst().get("adopted_at"));
        Instant replaced =
                adoptions.size() > 1 ? WarehouseValues.instant(adoptions.get(1).get("adopted_at")) : null;
        Instant until = replaced == null ? now : replaced;
        Instant beforeFrom = from.minus(Duration.between(from, until));

        String decided = DECIDED + (rule == null ? "" : " AND has(rule_path, ?)");
        List<Object> decidedArgs = new ArrayList<>(List.of(tenant, version));
        if (rule != null) {
            decidedArgs.add(rule.step());
        }
        long routedTickets = ((Number) warehouse
                        .query(
                                "SELECT uniqExact(ticket_id) AS n FROM " + DispatchDecisions.TABLE + " FINAL WHERE "
                                        + decided,
                                decidedArgs.toArray())
                        .getFirst()
                        .get("n"))
                .longValue();
        List<Object> routedArgs = new ArrayList<>(List.of(tenant));
        routedArgs.addAll(decidedArgs);
        Side routed = side(
                OUTCOMES + "ticket_id IN (SELECT ticket_id FROM " + DispatchDecisions.TABLE + " FINAL WHERE " + decided
                        + ")",
                routedArgs,
                from,
                until,
                routedTickets);
        List<Object> beforeArgs = new ArrayList<>(List.of(tenant, beforeFrom, from));
        String beforeSql = OUTCOMES + "created_at >= ? AND created_at < ?";
        if (rule != null) {
            beforeSql += rule.conditions().sql();
            beforeArgs.addAll(rule.conditions().values());
        }
        Side before = side(beforeSql, beforeArgs, beforeFrom, from, null);
        return Optional.of(new Effect(
                version,
                rule == null ? null : rule.step(),
                from.toString(),
                replaced == null ? null : replaced.toString(),
                routed,
                before,
                routed.resolved() >= ENOUGH_RESOLVED && before.resolved() >= ENOUGH_RESOLVED));
    }

    /** @param tickets the side's tickets when counted elsewhere (routed ones the warehouse has not folded yet) */
    private Side side(String sql, List<Object> args, Instant from, Instant to, Long tickets) {
        Map<String, Object> row = warehouse.query(sql, args.toArray()).getFirst();
        long resolved = ((Number) row.get("n_resolved")).longValue();
        long fixed = ((Number) row.get("n_fixed")).longValue();
        long closed = ((Number) row.get("n_closed")).longValue();
        Object closureMs = row.get("mean_closure_ms");
        return new Side(
                from.toString(),
                to.toString(),
                tickets != null ? tickets : ((Number) row.get("n_tickets")).longValue(),
                resolved,
                fixed,
                resolved == 0 ? null : round((double) fixed / resolved, 1_000),
                closed,
                closed == 0 || closureMs == null ? null : round(((Number) closureMs).doubleValue() / 3_600_000.0, 10));
    }

    private static double round(double value, int scale) {
        return Math.round(value * scale) / (double) scale;
    }

    /**
     * The tickets a rule's conditions match, as a SQL condition on {@code ticket_facts} with its values, from the rule
     * as people write it (docs/dispatch.md): what a batch, fault, domain, local or stock rule looks at.
     */
    record RuleConditions(String sql, List<Object> values) {

        private static final Map<String, String> LOCAL_COLUMNS = Map.of(
                "region", "region",
                "site", "site_id",
                "customer", "customer_id",
                "product_model", "product_model");

        static RuleConditions of(JsonNode rule) {
            StringBuilder sql = new StringBuilder();
            List<Object> values = new ArrayList<>();
            switch (rule.path("kind").asText()) {
                case "batch" -> add(sql, values, "substring(device_sn, 1, 4) = ?", rule.path("sn_prefix"));
                case "fault_domain" -> add(sql, values, "fault_code = ?", rule.path("fault_code"));
                case "domain_team" -> add(sql, values, "domain = ?", rule.path("domain"));
                case "stock" -> {
                    add(sql, values, "product_model = ?", rule.path("product_model"));
                    add(sql, values, "fault_code = ?", rule.path("fault_code"));
                }
                default ->
                    LOCAL_COLUMNS.forEach((field, column) -> add(sql, values, column + " = ?", rule.path(field)));
            }
            return new RuleConditions(sql.toString(), values);
        }

        private static void add(StringBuilder sql, List<Object> values, String condition, JsonNode value) {
            if (value.isTextual()) {
                sql.append(" AND ").append(condition);
                values.add(value.asText());
            }
        }
    }
}
