package io.ticketradar.pipelines.patterns;

import io.ticketradar.models.ModelJson;
import io.ticketradar.models.track.FailurePattern;
import io.ticketradar.models.track.PatternChange;

/**
 * A pattern an evaluation changed, as JSON, with where it goes beyond its table: R&D's feed (new patterns, status
 * and definition changes) and dispatch (new or changed hints of an open pattern).
 */
public record PatternMessage(String tenantId, String patternId, String json, boolean forResearch, boolean forDispatch) {

    public static PatternMessage of(PatternChange change) {
        FailurePattern p = change.pattern();
        return new PatternMessage(
                p.tenantId(), p.patternId(), ModelJson.write(p), change.forResearch(), change.forDispatch());
    }

    public FailurePattern pattern() {
        return ModelJson.read(json, FailurePattern.class);
    }
}
