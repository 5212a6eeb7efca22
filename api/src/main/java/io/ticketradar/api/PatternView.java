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
 * @param opportunityBy        who tagged it an opportunity: {@code person} (a PATCH), {@code detector} (its rule), or
 *                             null when it is not one
 * @param opportunityReason    the detector's reason for its tag as it wrote it, for machines ({@code aftermarket:
 *                             photo:non_original_screen}); "" without one. Pages word it from
 *                             {@code opportunityAccessory} instead
 * @param opportunityAccessory the accessory code the detector's reason names, null when it names none
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
        String opportunityBy,
        String opportunityReason,
        Code opportunityAccessory,
        Feedback feedback) {

    /** The detector's rule writes its reason as {@code aftermarket: <code>} (models' PatternState). */
    private static final String AFTERMARKET = "aftermarket: ";

    static String opportunityBy(boolean opportunity, Boolean override) {
        if (!opportunity) {
            return null;
        }
        return Boolean.TRUE.equals(override) ? "person" : "detector";
    }

    static Code accessoryOf(String detectorReason) {
        return detectorReason != null && detectorReason.startsWith(AFTERMARKET)
                ? Code.of(detectorReason.substring(AFTERMARKET.length()).strip())
                : null;
    }

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
     * @param opportunity       a person's tag (true) or untag (false), null while nobody overrode the detector's
     * @param opportunityReason why the person tagged or untagged it, as typed; null without a reason
     * @param updatedAt         when the newest decision was made, null without one
     */
    record Feedback(
            boolean confirmed,
            boolean dismissed,
            String dismissReason,
            Boolean opportunity,
            String opportunityReason,
            String note,
            String updatedAt) {}
}
