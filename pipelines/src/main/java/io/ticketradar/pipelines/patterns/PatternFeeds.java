package io.ticketradar.pipelines.patterns;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.models.detect.DailyPoint;
import io.ticketradar.models.explain.CoOccurring;
import io.ticketradar.models.explain.DispatchHints;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.pipelines.sinks.WarehouseJson;

/**
 * The JSON a pattern is written as: the nested columns of {@code failure_patterns} and the messages of the
 * {@code rd-feed} (a pattern as R&D reads it) and {@code dispatch-hints} (what dispatch needs for the pattern's next
 * tickets) topics, keyed by tenant so one tenant's messages stay in order.
 */
public final class PatternFeeds {

    /** New patterns, status and definition changes, for R&D. */
    public static final String RD_FEED = "rd-feed";
    /** Suggested team, parts to bring and knowledge entry of open patterns, for dispatch. */
    public static final String DISPATCH_HINTS = "dispatch-hints";

    private PatternFeeds() {}

    public static String research(FailurePattern p) {
        ObjectNode node = WarehouseJson.object()
                .put("tenant_id", p.tenantId())
                .put("pattern_id", p.patternId())
                .put("status", p.status().code())
                .put("detected_on", p.detectedOn().toString())
                .put("onset_estimate", p.onsetEstimate().toString())
                .put("last_flagged_on", p.lastFlaggedOn().toString())
                .put("evaluated_at", p.evaluatedAt().toString())
                .put("observed", p.observed())
                .put("expected", p.expected())
                .put("ratio", p.ratio())
                .put("p_value", p.pValue())
                .put("window_days", p.windowDays())
                .put("support", p.support())
                .put("opportunity", p.opportunity())
                .put("opportunity_reason", p.opportunityReason());
        ArrayNode codes = node.putArray("defining_codes");
        p.definingCodes().forEach(codes::add);
        node.putObject("title").put("zh", p.titleZh()).put("en", p.titleEn());
        node.putObject("description").put("zh", p.descriptionZh()).put("en", p.descriptionEn());
        node.set("co_occurring", coOccurring(p));
        ArrayNode examples = node.putArray("example_tickets");
        p.exampleTickets().forEach(examples::add);
        node.set("daily", daily(p));
        node.set("hints", hints(p.hints()));
        return node.toString();
    }

    public static String dispatch(FailurePattern p) {
        ObjectNode node = WarehouseJson.object()
                .put("tenant_id", p.tenantId())
                .put("pattern_id", p.patternId())
                .put("status", p.status().code())
                .put("evaluated_at", p.evaluatedAt().toString());
        ArrayNode codes = node.putArray("defining_codes");
        p.definingCodes().forEach(codes::add);
        node.putObject("title").put("zh", p.titleZh()).put("en", p.titleEn());
        node.set("hints", hints(p.hints()));
        return node.toString();
    }

    static ArrayNode coOccurring(FailurePattern p) {
        ArrayNode array = WarehouseJson.object().arrayNode();
        for (CoOccurring c : p.coOccurring()) {
            array.addObject()
                    .put("code", c.code())
                    .put("share", round(c.share()))
                    .put("baseline_share", round(c.baselineShare()))
                    .put("lift", round(c.lift()));
        }
        return array;
    }

    static ArrayNode daily(FailurePattern p) {
        ArrayNode array = WarehouseJson.object().arrayNode();
        for (DailyPoint d : p.daily()) {
            array.addObject()
                    .put("day", d.day().toString())
                    .put("observed", d.observed())
                    .put("expected", round(d.expected()));
        }
        return array;
    }

    static ObjectNode hints(DispatchHints h) {
        ObjectNode node = WarehouseJson.object();
        h.teams().forEach(node.putArray("teams")::add);
        h.parts().forEach(node.putArray("parts")::add);
        h.rootCauses().forEach(node.putArray("root_causes")::add);
        node.put("resolution", h.resolution());
        return node;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
