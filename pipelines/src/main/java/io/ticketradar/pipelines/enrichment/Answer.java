package io.ticketradar.pipelines.enrichment;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a source said about one URL, as the ticket keeps it: the outcome, the mapped fields in mapping order (empty unless
 * enriched),
 * the final HTTP status (0 when none came) and how many requests it took.
 */
public record Answer(EnrichmentOutcome outcome, Map<String, String> fields, int httpStatus, int attempts)
        implements Serializable {

    public Answer {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields)); // in mapping order
    }

    static Answer without(EnrichmentOutcome outcome, int httpStatus, int attempts) {
        return new Answer(outcome, Map.of(), httpStatus, attempts);
    }

    /** A definite answer that holds for a while; a failure is asked again next time. */
    boolean cacheable() {
        return outcome == EnrichmentOutcome.ENRICHED || outcome == EnrichmentOutcome.NOT_FOUND;
    }
}
