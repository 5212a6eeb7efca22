package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.warehouse.SqlLiterals;
import io.ticketradar.warehouse.tables.DispatchProposals;

import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/**
 * A proposal to change a tenant's dispatch rules and where its review stands.
 *
 * @param index the rule's position in the set: changed or dropped; for an add, where it goes (null: at the end)
 * @param rule the rule to add or change to; null for a drop
 * @param basedOnVersion the version in force when it was proposed (0: none)
 * @param adoptedVersion the rule version its approval became; null otherwise
 */
record DispatchProposal(
        String tenantId,
        String proposalId,
        Action action,
        Integer index,
        JsonNode rule,
        String reason,
        String proposedBy,
        Instant proposedAt,
        long basedOnVersion,
        Status status,
        String reviewedBy,
        Instant reviewedAt,
        String reviewNote,
        Long adoptedVersion,
        long version) {

    /** The review target of issue 9: a proposal should be decided within 48 hours. */
    static final Duration REVIEW_TARGET = Duration.ofHours(48);

    enum Action {
        ADD,
        CHANGE,
        DROP;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum Status {
        PENDING,
        APPROVED,
        REJECTED;

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The rule set with this change made; an index no longer in the set is a 422. */
    JsonNode applyTo(JsonNode set) {
        ObjectNode changed = (ObjectNode) set.deepCopy();
        ArrayNode rules = changed.withArray("rules");
        int size = rules.size();
        if (action != Action.ADD && (index == null || index >= size)
                || action == Action.ADD && index != null && index > size) {
            throw ApiException.unprocessable("proposal " + proposalId + " " + action.code() + "s rules[" + index
                    + "], but the rules in force have " + size + " rules");
        }
        switch (action) {
            case ADD -> rules.insert(index == null ? size : index, rule);
            case CHANGE -> rules.set(index, rule);
            case DROP -> rules.remove(index);
        }
        return changed;
    }

    DispatchProposal reviewed(Status decision, String by, Instant at, String note, Long adopted) {
        return new DispatchProposal(
                tenantId,
                proposalId,
                action,
                index,
                rule,
                reason,
                proposedBy,
                proposedAt,
                basedOnVersion,
                decision,
                by,
                at,
                note,
                adopted,
                version + 1);
    }

    /** How long the review took, or has been waiting so far. */
    Duration reviewTime(Instant now) {
        return Duration.between(proposedAt, reviewedAt == null ? now : reviewedAt);
    }

    /** The row for {@code dispatch_proposals}. */
    ObjectNode warehouseRow(ObjectMapper mapper) {
        return mapper.createObjectNode()
                .put(DispatchProposals.TENANT_ID, tenantId())
                .put(DispatchProposals.PROPOSAL_ID, proposalId())
                .put(DispatchProposals.ACTION, action().code())
                .put(DispatchProposals.RULE_INDEX, index())
                .put(DispatchProposals.RULE, rule() == null ? "" : rule().toString())
                .put(DispatchProposals.REASON, reason())
                .put(DispatchProposals.PROPOSED_BY, proposedBy())
                .put(DispatchProposals.PROPOSED_AT, SqlLiterals.dateTime64Text(proposedAt()))
                .put(DispatchProposals.BASED_ON_VERSION, basedOnVersion())
                .put(DispatchProposals.STATUS, status().code())
                .put(DispatchProposals.REVIEWED_BY, reviewedBy())
                .put(
                        DispatchProposals.REVIEWED_AT,
                        reviewedAt() == null ? null : SqlLiterals.dateTime64Text(reviewedAt()))
                .put(DispatchProposals.REVIEW_NOTE, reviewNote())
                .put(DispatchProposals.ADOPTED_VERSION, adoptedVersion())
                .put(DispatchProposals.VERSION, version());
    }
}
