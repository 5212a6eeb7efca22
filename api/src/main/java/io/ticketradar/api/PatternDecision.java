package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.warehouse.SqlLiterals;
import io.ticketradar.warehouse.tables.PatternFeedback;

import java.time.Instant;
import java.util.Locale;

/**
 * People's decisions about one pattern as one row of {@code pattern_feedback} holds them: each PATCH takes the
 * previous state, applies one action and is stored as a new version, so the newest row is the whole state.
 *
 * @param dismissReason "" unless dismissed
 * @param opportunity       null while nobody overrode the detector's opportunity tag
 * @param opportunityReason why the person tagged or untagged it, as typed; "" when they gave no reason
 * @param note              "" when there is none
 */
record PatternDecision(
        String tenantId,
        String patternId,
        boolean confirmed,
        boolean dismissed,
        String dismissReason,
        Boolean opportunity,
        String opportunityReason,
        String note,
        String updatedBy,
        Instant updatedAt,
        long version) {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The state before anyone decided anything. */
    static PatternDecision none(String tenantId, String patternId) {
        return new PatternDecision(tenantId, patternId, false, false, "", null, "", "", "", Instant.EPOCH, 0);
    }

    /**
     * The state after one more action. Confirming and dismissing exclude each other: the later one wins, so a
     * pattern dismissed by mistake is brought back by confirming it.
     *
     * @param text the reason (dismiss, tag and untag an opportunity) or the note (note); ignored by confirm
     */
    PatternDecision then(Action action, String text, String by, Instant at) {
        long next = Math.max(version + 1, at.toEpochMilli() * 1_000); // the later write wins, even across processes
        return switch (action) {
            case CONFIRM ->
                new PatternDecision(
                        tenantId, patternId, true, false, "", opportunity, opportunityReason, note, by, at, next);
            case DISMISS ->
                new PatternDecision(
                        tenantId, patternId, false, true, text, opportunity, opportunityReason, note, by, at, next);
            case TAG_OPPORTUNITY ->
                new PatternDecision(
                        tenantId, patternId, confirmed, dismissed, dismissReason, true, text, note, by, at, next);
            case UNTAG_OPPORTUNITY ->
                new PatternDecision(
                        tenantId, patternId, confirmed, dismissed, dismissReason, false, text, note, by, at, next);
            case NOTE ->
                new PatternDecision(
                        tenantId,
                        patternId,
                        confirmed,
                        dismissed,
                        dismissReason,
                        opportunity,
                        opportunityReason,
                        text,
                        by,
                        at,
                        next);
        };
    }

    /** What a PATCH may do. */
    enum Action implements QueryParams.Choice {
        CONFIRM,
        DISMISS,
        TAG_OPPORTUNITY,
        UNTAG_OPPORTUNITY,
        NOTE;

        @Override
        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The row for {@code pattern_feedback}. */
    String warehouseRow() {
        return MAPPER.createObjectNode()
                .put(PatternFeedback.TENANT_ID, tenantId)
                .put(PatternFeedback.PATTERN_ID, patternId)
                .put(PatternFeedback.CONFIRMED, confirmed)
                .put(PatternFeedback.DISMISSED, dismissed)
                .put(PatternFeedback.DISMISS_REASON, dismissReason)
                .put(PatternFeedback.OPPORTUNITY, opportunity)
                .put(PatternFeedback.OPPORTUNITY_REASON, opportunityReason)
                .put(PatternFeedback.NOTE, note)
                .put(PatternFeedback.UPDATED_BY, updatedBy)
                .put(PatternFeedback.UPDATED_AT, SqlLiterals.dateTime64Text(updatedAt))
                .put(PatternFeedback.VERSION, version)
                .toString();
    }

    /**
     * The record value on the {@code pattern-feedback} topic, from which the running detector learns the decision:
     * {@code {"tenant_id","pattern_id","confirmed","dismissed","dismiss_reason","opportunity","note","updated_at"}},
     * texts null when empty, opportunity null without an override.
     */
    String topicValue() {
        ObjectNode value = MAPPER.createObjectNode()
                .put("tenant_id", tenantId)
                .put("pattern_id", patternId)
                .put("confirmed", confirmed)
                .put("dismissed", dismissed)
                .put("dismiss_reason", dismissReason.isEmpty() ? null : dismissReason)
                .put("opportunity", opportunity)
                .put("note", note.isEmpty() ? null : note)
                .put("updated_at", updatedAt.toString());
        return value.toString();
    }

    /** The record key on the topic: one pattern's decisions stay in order on one partition. */
    String topicKey() {
        return tenantId + "|" + patternId;
    }
}
