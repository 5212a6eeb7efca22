package io.ticketradar.datasets.truth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** How each realised figure in ground_truth.json is measured on the lifecycles (DOMAIN.md §4), for whoever compares. */
final class Definitions {
    private Definitions() {}

    static ObjectNode json() {
        return JsonNodeFactory.instance
                .objectNode()
                .put(
                        "cohort",
                        "a ticket belongs to the calendar day of its TICKET_CREATED in the tenant's zone; every ticket's lifecycle is complete (events run past the last day)")
                .put("first_response_timeout_rate", "FIRST_RESPONSE more than 2 h after TICKET_CREATED / cohort")
                .put("first_response_compliance", "FIRST_RESPONSE within 2 h and diagnostic=true / cohort")
                .put(
                        "breakpoint_rate",
                        "some stay in one stage longer than 4 h / cohort; a stay runs from entering the stage (creation for CS, STAGE_CHANGED or the assignment after a reopen) to leaving it (STAGE_CHANGED or TICKET_RESOLVED); reassignments within a stage do not end it")
                .put(
                        "overdue_rate",
                        "last TICKET_CLOSED later than the SLA after creation (P1 24 h, P2 48 h, P3 72 h, P4 120 h) / cohort")
                .put(
                        "bounce_rate",
                        "2+ TICKET_ASSIGNED to different teams after the first one within one stay in one stage / cohort")
                .put(
                        "coordination_hours_mean",
                        "sum over hand-offs of STAGE_CHANGED (or TICKET_REOPENED) -> the next TICKET_ASSIGNED, per ticket, mean over the cohort")
                .put("secondary_complaint_rate", "tickets with a CUSTOMER_COMPLAINT / cohort")
                .put(
                        "closure_days_mean",
                        "TICKET_CREATED -> last TICKET_CLOSED, days, mean over the cohort (p50, p90 likewise)")
                .put(
                        "recurrence_suppression",
                        "1 - tickets whose device had a ticket of the same fault code created in the 30 days before / cohort")
                .put(
                        "duplicate_rate",
                        "tickets filed again by the same customer for the same device and fault within 72 h of a first one / cohort")
                .put(
                        "first_time_fix",
                        "per engineer of a ticket's first field visit: tickets resolved with 1 visit and not reopened / tickets with a visit")
                .put(
                        "pattern_share_at_target",
                        "pattern tickets / tickets of the pattern's slice created after onset + ramp and before a patch or end")
                .put(
                        "pattern_daily",
                        "per cohort day with tickets in the pattern's slice: slice_tickets, pattern_tickets (injected), fault_tickets (slice tickets of the pattern's fault, injected or ordinary)")
                .put(
                        "pattern_kind",
                        "temperature | regional_firmware | accessory | batch | other, as the scenario says or inferred from the defining features")
                .put(
                        "decoy_group",
                        "the tickets a decoy moves together: seasonal_rise and holiday_dip its regions, new_site the site's, firmware_rollout the product's tickets whose device ran the new version at creation")
                .put(
                        "decoy_daily",
                        "per cohort day: group_tickets, group_new_issues (not follow-ups), all_tickets (product_tickets and installed_share at the day's end for a rollout), level = the decoy's effect at noon (0 none, 1 full)")
                .put(
                        "decoy_realised",
                        "group tickets per day over the (at most 28) days before the first onset and over the days in full effect, their ratio (ratio_new_issues: of new issues alone, which the factor scales; follow-ups lag), and the group's share of the reference tickets in each")
                .put(
                        "decoy_fault_mix",
                        "new_site and firmware_rollout: fault code counts since onset of the group and of the rest of the reference tickets (all others, or the product's other tickets)")
                .put(
                        "master_data",
                        "DEVICE_REGISTERED events on the master-data topic: every device once when it becomes known (the data's first instant, or when its new site opens), again at each firmware change");
    }
}
