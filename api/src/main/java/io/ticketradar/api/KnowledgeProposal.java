package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.warehouse.SqlLiterals;
import io.ticketradar.warehouse.tables.KnowledgeProposals;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A tenant's proposal to share a fix or a failure pattern with its group (a row of {@code knowledge_proposals}).
 * Only {@link #entry} ever reaches another tenant, and only once approved.
 *
 * @param patternId the source's pattern, "" for a fix
 * @param removed   what anonymising replaced, by kind: for the proposer and the reviewer
 */
record KnowledgeProposal(
        String groupId,
        String tenantId,
        String proposalId,
        String patternId,
        Entry entry,
        Map<String, Integer> removed,
        String proposedBy,
        Instant proposedAt,
        Status status,
        String reviewedBy,
        Instant reviewedAt,
        String reviewReason,
        long version) {

    enum Kind implements QueryParams.Choice {
        FIX,
        PATTERN;

        @JsonValue
        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    enum Status implements QueryParams.Choice {
        PENDING,
        APPROVED,
        REJECTED;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /**
     * What the group's other tenants read: anonymised, with nothing of the source but what it learned.
     *
     * @param codes the pattern's codes of the kinds that describe a product, not a place or a customer
     */
    record Entry(
            String knowledgeId,
            Kind kind,
            String title,
            String faultCode,
            List<String> symptoms,
            List<String> codes,
            String fix,
            List<String> parts,
            List<String> rootCauses) {

        /** Every text of the entry, for looking up which of the source's identifiers occur in them. */
        List<String> texts() {
            List<String> texts = new ArrayList<>(List.of(title, faultCode, fix));
            texts.addAll(symptoms);
            texts.addAll(codes);
            texts.addAll(parts);
            texts.addAll(rootCauses);
            return texts;
        }

        /** The same entry with every text cleaned by {@code scrub}. */
        Entry anonymised(SourceScrubber.Scrubbing scrub) {
            return new Entry(
                    knowledgeId,
                    kind,
                    scrub.clean(title),
                    scrub.clean(faultCode),
                    scrub.clean(symptoms),
                    scrub.clean(codes),
                    scrub.clean(fix),
                    scrub.clean(parts),
                    scrub.clean(rootCauses));
        }
    }

    KnowledgeProposal reviewed(Status decision, String by, Instant at, String reason) {
        return new KnowledgeProposal(
                groupId,
                tenantId,
                proposalId,
                patternId,
                entry,
                removed,
                proposedBy,
                proposedAt,
                decision,
                by,
                at,
                reason,
                version + 1);
    }

    /** The day (UTC) it was approved and shared, null while it is not. */
    String sharedOn() {
        return status == Status.APPROVED ? reviewedAt.toString().substring(0, 10) : null;
    }

    /** The row for {@code knowledge_proposals}. */
    ObjectNode warehouseRow(ObjectMapper mapper) {
        ObjectNode row = mapper.createObjectNode()
                .put(KnowledgeProposals.GROUP_ID, groupId())
                .put(KnowledgeProposals.TENANT_ID, tenantId())
                .put(KnowledgeProposals.PROPOSAL_ID, proposalId())
                .put(KnowledgeProposals.KNOWLEDGE_ID, entry.knowledgeId())
                .put(KnowledgeProposals.PATTERN_ID, patternId())
                .put(KnowledgeProposals.KIND, entry.kind().code())
                .put(KnowledgeProposals.TITLE, entry.title())
                .put(KnowledgeProposals.FAULT_CODE, entry.faultCode())
                .put(KnowledgeProposals.FIX, entry.fix())
                .put(KnowledgeProposals.PROPOSED_BY, proposedBy())
                .put(KnowledgeProposals.PROPOSED_AT, SqlLiterals.dateTime64Text(proposedAt()))
                .put(KnowledgeProposals.STATUS, status().code())
                .put(KnowledgeProposals.REVIEWED_BY, reviewedBy())
                .put(
                        KnowledgeProposals.REVIEWED_AT,
                        reviewedAt() == null ? null : SqlLiterals.dateTime64Text(reviewedAt()))
                .put(KnowledgeProposals.REVIEW_REASON, reviewReason())
                .put(KnowledgeProposals.VERSION, version());
        row.set(KnowledgeProposals.SYMPTOMS, mapper.valueToTree(entry.symptoms()));
        row.set(KnowledgeProposals.CODES, mapper.valueToTree(entry.codes()));
        row.set(KnowledgeProposals.PARTS, mapper.valueToTree(entry.parts()));
        row.set(KnowledgeProposals.ROOT_CAUSES, mapper.valueToTree(entry.rootCauses()));
        row.set(KnowledgeProposals.REMOVED, mapper.valueToTree(removed()));
        return row;
    }
}
