package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.sinks.WarehouseJson;
import io.ticketradar.pipelines.sinks.WarehouseRowMapper;

/** Maps a changed pattern to its {@code failure_patterns} row, versioned by the evaluation's event time. */
public final class FailurePatternRows implements WarehouseRowMapper<PatternMessage> {

    private static final long serialVersionUID = 1L;
    public static final String TABLE = "failure_patterns";

    @Override
    public String toJsonRow(PatternMessage message) {
        FailurePattern p = message.pattern();
        ObjectNode row = WarehouseJson.object()
                .put("tenant_id", p.tenantId())
                .put("pattern_id", p.patternId())
                .put("status", p.status().code())
                .put("detected_on", p.detectedOn().toString())
                .put("onset_estimate", p.onsetEstimate().toString())
                .put("last_flagged_on", p.lastFlaggedOn().toString())
                .put("evaluated_at", WarehouseJson.dateTime64(p.evaluatedAt()))
                .put("observed", p.observed())
                .put("expected", finite(p.expected()))
                .put("ratio", finite(p.ratio()))
                .put("p_value", finite(p.pValue()))
                .put("window_days", p.windowDays())
                .put("support", p.support())
                .put("co_occurring", PatternFeeds.coOccurring(p).toString())
                .put("title_zh", p.titleZh())
                .put("title_en", p.titleEn())
                .put("description_zh", p.descriptionZh())
                .put("description_en", p.descriptionEn())
                .put("daily", PatternFeeds.daily(p).toString())
                .put("hints", PatternFeeds.hints(p.hints()).toString())
                .put("opportunity", p.opportunity())
                .put("opportunity_reason", p.opportunityReason())
                .put("version", p.version());
        ArrayNode codes = row.putArray("defining_codes");
        p.definingCodes().forEach(codes::add);
        ArrayNode examples = row.putArray("example_tickets");
        p.exampleTickets().forEach(examples::add);
        return row.toString();
    }

    /** The warehouse's Float64 takes no infinity in JSON: a ratio over nothing expected is written as 0. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0;
    }
}
