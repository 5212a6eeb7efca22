package io.ticketradar.pipelines.patterns;

import io.ticketradar.models.ModelJson;
import io.ticketradar.models.cases.FailureCase;

/**
 * A failure case between the pattern job's operators, as JSON: Flink serializes this as a POJO of strings, where the
 * case's lists and dates would otherwise fall to Kryo.
 *
 * @param key the key of the operator it goes to next (tenant and device for a ticket's half of a case)
 */
public record CaseMessage(String key, String json) {

    public static CaseMessage of(String key, FailureCase c) {
        return new CaseMessage(key, ModelJson.write(c));
    }

    public FailureCase failureCase() {
        return ModelJson.read(json, FailureCase.class);
    }
}
