package io.ticketradar.pipelines.dispatch;

import java.util.List;

/**
 * What the rules decided for one ticket.
 *
 * @param team null when no rule gives one
 * @param engineer null when the team has no engineer free for the ticket
 * @param path the rules that decided, in the order they were applied, such as {@code [local:3, batch:A7K2]}
 * @param blocked true when a part the ticket needs is in no depot: nobody is sent
 * @param warnings why something is missing or was skipped, for people to read
 * @param missingParts the parts in no depot that blocked it (empty unless blocked)
 */
public record Routing(
        String team,
        String engineer,
        List<String> path,
        boolean blocked,
        List<String> warnings,
        List<String> missingParts) {

    public Routing {
        path = List.copyOf(path);
        warnings = List.copyOf(warnings);
        missingParts = missingParts == null ? List.of() : List.copyOf(missingParts);
    }

    /** True when the ticket is to be assigned (TICKET_ASSIGNED with {@code auto: true}). */
    public boolean assigns() {
        return !blocked && team != null && engineer != null;
    }
}
