package io.ticketradar.app;

import com.fasterxml.jackson.databind.JsonNode;
import io.ticketradar.api.DispatchRuleCheck;
import io.ticketradar.pipelines.dispatch.RuleSetJson;
import io.ticketradar.pipelines.dispatch.RuleSetParser;

/** The API's check of dispatch rule sets is the dispatch job's own parser, so what the API adopts the job can read. */
final class DispatchRulesCheck implements DispatchRuleCheck {

    @Override
    public Verdict check(String tenantId, long version, JsonNode body) {
        return switch (RuleSetParser.parse(tenantId, version, body)) {
            case RuleSetParser.Checked.Valid valid ->
                new Verdict.Adopted(RuleSetJson.body(valid.rules()).toString(), RuleSetJson.message(valid.rules()));
            case RuleSetParser.Checked.Invalid invalid -> new Verdict.Refused(invalid.problems());
        };
    }
}
