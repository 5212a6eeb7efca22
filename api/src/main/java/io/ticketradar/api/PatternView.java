package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * One emerging failure pattern as the API shows it: the detector's row of {@code failure_patterns} with people's
 * decisions of {@code pattern_feedback} applied (a dismissed pattern has status {@code dismissed}; a decision on
 * the opportunity tag overrides the detector's). Days are the tenant's ({@code 2026-01-08}), instants UTC.
 *
 * @param defining     the codes that define the pattern, each split into its kind and value
 * @param coOccurring  [{code, share, baseline_share, lift}] as the detector wrote it
 * @param daily        [{day, observed, expected}]
 * @param hints        {teams, parts, root_causes, resolution} for dispatch
 */
record PatternView(
        String id,
        String status,
        String detectedOn,
        String onsetEstimate,
        String lastFlaggedOn,
        String evaluatedAt,
        List<Code> defining,
        long observed,
        Double expected,
        Double ratio,
        Double pValue,
        long windowDays,
        long support,
        Texts title,
        Texts description,
        JsonNode coOccurring,
        List<String> exampleTickets,
        JsonNode daily,
        JsonNode hints,
        boolean opportunity,
        String opportunityReason,
        Feedback feedback) {

    /** A code of the detector's vocabulary, {@code fault:HV-OBC-LT01}, with its kind and value. */
    record Code(String code, String kind, String value) {

        static Code of(String code) {
            int colon = code.indexOf(':');
            return colon < 0
                    ? new Code(code, "", code)
                    : new Code(code, code.substring(0, colon), code.substring(colon + 1));
        }
    }

    /** The same text in the UI's two languages. */
    record Texts(String zh, String en) {}

    /**
     * What people decided; all false and null while nobody decided anything.
     *
     * @param updatedAt when the newest decision was made, null without one
     */
    record Feedback(boolean confirmed, boolean dismissed, String dismissReason, String note, String updatedAt) {}
}
