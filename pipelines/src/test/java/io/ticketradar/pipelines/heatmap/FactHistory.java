package io.ticketradar.pipelines.heatmap;

import io.ticketradar.pipelines.TenantZones;
import io.ticketradar.pipelines.lifecycle.FactChange;
import io.ticketradar.pipelines.lifecycle.TicketFact;
import io.ticketradar.pipelines.lifecycle.TicketFold;
import io.ticketradar.pipelines.testing.TicketStory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A ticket's fact changes as the lifecycle job emits them: its story folded at each instant, chained. */
final class FactHistory {

    private FactHistory() {}

    /** @param after the instants (after creation) the lifecycle re-evaluated the ticket, ascending */
    static List<FactChange> of(TicketStory story, String tenant, String ticket, Duration... after) {
        List<FactChange> changes = new ArrayList<>();
        TicketFact before = null;
        for (Duration d : after) {
            long asOf = story.at(d);
            TicketFact fact = TicketFold.of(story.ticketEvents(), asOf)
                    .fact(tenant, ticket, TenantZones.defaults().zoneOf(tenant));
            changes.add(new FactChange(before, fact, changes.size() + 1, asOf));
            before = fact;
        }
        return changes;
    }
}
