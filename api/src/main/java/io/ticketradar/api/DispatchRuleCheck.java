package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.List;

/**
 * Validates a tenant's dispatch rule set (DOMAIN.md §7) before it is stored and published. The rules' model lives
 * with the dispatch job, which must read them exactly as they were checked; the app hands it to the server.
 */
public interface DispatchRuleCheck {

    /** Checks {@code body} as the tenant's version {@code version}. */
    Verdict check(String tenantId, long version, JsonNode body);

    sealed interface Verdict {
        /**
         * @param rules the set as stored and answered, {@code {"rules":[...],"streak":{...}}}
         * @param message the value for the {@code dispatch-rules} topic
         */
        record Adopted(String rules, String message) implements Verdict {}

        /** @param problems each naming where it is, such as {@code rules[3].sn_prefix must be 4 characters} */
        record Refused(List<String> problems) implements Verdict {
            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }
}
