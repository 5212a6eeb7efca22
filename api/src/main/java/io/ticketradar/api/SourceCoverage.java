package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketEvents;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a tenant's history has ever recorded: its event types and the stages its tickets were in. An indicator row
 * says what it needs ({@code needs_events}, {@code needs_stages}); where the history lacks it, the figures are
 * withdrawn (no data) or carry a note, instead of a value that reads as a measurement.
 *
 * @param eventTypes the event types of the tenant's events
 * @param stages     the stages its assignments and stage changes went to
 */
record SourceCoverage(Set<String> eventTypes, Set<String> stages) {

    // Without FINAL: a replayed duplicate changes no distinct value.
    private static final String QUERY = """
            SELECT groupUniqArray(event_type) AS types,
                   groupUniqArrayIf(if(event_type = 'STAGE_CHANGED', JSONExtractString(payload, 'to_stage'),
                                       JSONExtractString(payload, 'stage')),
                                    event_type IN ('STAGE_CHANGED', 'TICKET_ASSIGNED')) AS stages
            FROM %s WHERE tenant_id = ?""".formatted(TicketEvents.TABLE);

    /** Why each event type's absence leaves an indicator without data, as the API says it. */
    private static final Map<String, String> LACKING = Map.of(
            "FIRST_RESPONSE", "first responses",
            "TICKET_ASSIGNED", "assignments",
            "CUSTOMER_COMPLAINT", "customer complaints",
            "TICKET_REOPENED", "reopens",
            "STAGE_CHANGED", "stage changes");

    static final String ONE_STAGE_NOTE = "this tenant's tickets never change stage (a one-stage source): the rule"
            + " presumes hand-offs between stages, so here it measures tickets open long, not broken coordination";

    @SuppressWarnings("unchecked")
    static SourceCoverage of(Warehouse warehouse, String tenant) {
        Map<String, Object> row = warehouse.query(QUERY, tenant).getFirst();
        return new SourceCoverage(
                Set.copyOf((List<String>) row.get("types")), Set.copyOf((List<String>) row.get("stages")));
    }

    /** Every event type an indicator may need, and hand-offs between stages: nothing left to withdraw or note. */
    boolean complete() {
        return eventTypes.containsAll(LACKING.keySet()) && stages.size() > 1;
    }

    /** The event types of {@code needed} this history never recorded, in the row's order. */
    List<String> missing(List<String> needed) {
        return needed.stream().filter(t -> !eventTypes.contains(t)).toList();
    }

    /** Why there is no data, or null when the history has every needed event type. */
    String noDataReason(List<String> needed) {
        List<String> missing = missing(needed);
        return missing.isEmpty()
                ? null
                : "this tenant's events have no "
                        + String.join(
                                " and no ",
                                missing.stream()
                                        .map(t -> LACKING.getOrDefault(t, t))
                                        .toList());
    }

    /**
     * The note of an indicator that presumes several stages, null when tickets were handed between stages. A history
     * whose groups all map to one stage has assignments to that stage alone (after the first move out of CS, if the
     * stage is not CS): its tickets never hand off.
     */
    String stagesNote(boolean needsStages) {
        return needsStages && stages.size() <= 1 ? ONE_STAGE_NOTE : null;
    }
}
