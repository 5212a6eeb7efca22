package io.ticketradar.models.track;

import io.ticketradar.models.detect.DailyPoint;
import io.ticketradar.models.explain.CoOccurring;
import io.ticketradar.models.explain.DispatchHints;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An emerging failure pattern as last evaluated: one row of {@code failure_patterns} (whose DDL comment explains
 * every column) and one message of the {@code rd-feed} topic.
 *
 * @param definingCodes the detected combination (target first, then its contexts), then the characteristic codes
 *                      its excess cases share (a photo label seen on 95% of them)
 * @param observed      cases in the window of the latest evidence
 * @param support       cases since the onset estimate
 * @param version       the evaluation's event time in ms: a replayed evaluation rewrites the same row
 */
public record FailurePattern(
        String tenantId,
        String patternId,
        PatternStatus status,
        LocalDate detectedOn,
        LocalDate onsetEstimate,
        LocalDate lastFlaggedOn,
        Instant evaluatedAt,
        List<String> definingCodes,
        int observed,
        double expected,
        double ratio,
        double pValue,
        int windowDays,
        int support,
        List<CoOccurring> coOccurring,
        String titleZh,
        String titleEn,
        String descriptionZh,
        String descriptionEn,
        List<String> exampleTickets,
        List<DailyPoint> daily,
        DispatchHints hints,
        boolean opportunity,
        String opportunityReason,
        long version) {

    public FailurePattern {
        definingCodes = List.copyOf(definingCodes);
        coOccurring = List.copyOf(coOccurring);
        exampleTickets = List.copyOf(exampleTickets);
        daily = List.copyOf(daily);
    }

    /** The same pattern as of another evaluation, for telling whether anything but the time changed. */
    FailurePattern at(Instant when, long newVersion) {
        return new FailurePattern(
                tenantId,
                patternId,
                status,
                detectedOn,
                onsetEstimate,
                lastFlaggedOn,
                when,
                definingCodes,
                observed,
                expected,
                ratio,
                pValue,
                windowDays,
                support,
                coOccurring,
                titleZh,
                titleEn,
                descriptionZh,
                descriptionEn,
                exampleTickets,
                daily,
                hints,
                opportunity,
                opportunityReason,
                newVersion);
    }
}
