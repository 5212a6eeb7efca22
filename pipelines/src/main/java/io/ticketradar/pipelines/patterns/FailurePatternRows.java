package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;
import io.ticketradar.warehouse.tables.FailurePatterns;

/** Maps a changed pattern to its {@code failure_patterns} row, versioned by the evaluation's event time. */
public final class FailurePatternRows implements WarehouseRowMapper<PatternMessage> {

    private static final long serialVersionUID = 1L;

    @Override
    public String toJsonRow(PatternMessage message) {
        FailurePattern p = message.pattern();
        ObjectNode row = WarehouseJson.object()
                .put(FailurePatterns.TENANT_ID, p.tenantId())
                .put(FailurePatterns.PATTERN_ID, p.patternId())
                .put(FailurePatterns.STATUS, p.status().code())
                .put(FailurePatterns.DETECTED_ON, p.detectedOn().toString())
                .put(FailurePatterns.ONSET_ESTIMATE, p.onsetEstimate().toString())
                .put(FailurePatterns.LAST_FLAGGED_ON, p.lastFlaggedOn().toString())
                .put(FailurePatterns.EVALUATED_AT, WarehouseJson.dateTime64(p.evaluatedAt()))
                .put(FailurePatterns.OBSERVED, p.observed())
                .put(FailurePatterns.EXPECTED, finite(p.expected()))
                .put(FailurePatterns.RATIO, finite(p.ratio()))
                .put(FailurePatterns.P_VALUE, finite(p.pValue()))
                .put(FailurePatterns.WINDOW_DAYS, p.windowDays())
                .put(FailurePatterns.SUPPORT, p.support())
                .put(FailurePatterns.CO_OCCURRING, PatternFeeds.coOccurring(p).toString())
                .put(FailurePatterns.TITLE_ZH, p.titleZh())
                .put(FailurePatterns.TITLE_EN, p.titleEn())
                .put(FailurePatterns.DESCRIPTION_ZH, p.descriptionZh())
                .put(FailurePatterns.DESCRIPTION_EN, p.descriptionEn())
                .put(FailurePatterns.DAILY, PatternFeeds.daily(p).toString())
                .put(FailurePatterns.HINTS, PatternFeeds.hints(p.hints()).toString())
                .put(FailurePatterns.OPPORTUNITY, p.opportunity())
                .put(FailurePatterns.OPPORTUNITY_REASON, p.opportunityReason())
                .put(FailurePatterns.VERSION, p.version());
        ArrayNode codes = row.putArray(FailurePatterns.DEFINING_CODES);
        p.definingCodes().forEach(codes::add);
        ArrayNode examples = row.putArray(FailurePatterns.EXAMPLE_TICKETS);
        p.exampleTickets().forEach(examples::add);
        return row.toString();
    }

    /** The warehouse's Float64 takes no infinity in JSON: a ratio over nothing expected is written as 0. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
