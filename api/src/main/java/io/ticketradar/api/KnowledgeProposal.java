package io.ticketradar.api;

import com.fasterxml.jackson.annotation.JsonValue;

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
}
