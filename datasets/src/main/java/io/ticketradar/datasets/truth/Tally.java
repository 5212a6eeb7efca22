package io.ticketradar.datasets.truth;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Counts of one cohort (a tenant, a day, a region) from which the indicators of DOMAIN.md §4 follow. */
final class Tally {
    int tickets;
    int firstResponseLate;
    int firstResponseCompliant;
    int breakpoints;
    int overdue;
    int bounced;
    int complaints;
    int reopened;
    int duplicates;
    int repeatFaults;
    int patternTickets;
    double closureHours;
    double coordinationHours;

    void add(TicketTruth t) {
        tickets++;
        firstResponseLate += t.firstResponseLate() ? 1 : 0;
        firstResponseCompliant += t.firstResponseCompliant() ? 1 : 0;
        breakpoints += t.breakpoint() ? 1 : 0;
        overdue += t.overdue() ? 1 : 0;
        bounced += t.bounced() ? 1 : 0;
        complaints += t.complaint() ? 1 : 0;
        reopened += t.reopened() ? 1 : 0;
        duplicates += "duplicate".equals(t.kind()) ? 1 : 0;
        repeatFaults += t.repeatFault() ? 1 : 0;
        patternTickets += t.patternId() != null ? 1 : 0;
        closureHours += t.closureHours();
        coordinationHours += t.coordinationHours();
    }

    ObjectNode counts() {
        ObjectNode node = JsonNodeFactory.instance
                .objectNode()
                .put("tickets", tickets)
                .put("first_response_late", firstResponseLate)
                .put("first_response_compliant", firstResponseCompliant)
                .put("breakpoints", breakpoints)
                .put("overdue", overdue)
                .put("bounced", bounced)
                .put("secondary_complaints", complaints)
                .put("reopened", reopened)
                .put("duplicates", duplicates)
                .put("repeat_faults", repeatFaults)
                .put("pattern_tickets", patternTickets);
        node.put("closure_hours_sum", round(closureHours));
        node.put("coordination_hours_sum", round(coordinationHours));
        return node;
    }

    /** The indicators of the cohort, as rates and means. */
    ObjectNode indicators() {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("first_response_timeout_rate", share(firstResponseLate));
        node.put("first_response_compliance", share(firstResponseCompliant));
        node.put("breakpoint_rate", share(breakpoints));
        node.put("overdue_rate", share(overdue));
        node.put("bounce_rate", share(bounced));
        node.put("secondary_complaint_rate", share(complaints));
        node.put("reopen_rate", share(reopened));
        node.put("duplicate_rate", share(duplicates));
        node.put("recurrence_suppression", tickets == 0 ? 0 : round(1 - (double) repeatFaults / tickets));
        node.put("closure_days_mean", tickets == 0 ? 0 : round(closureHours / tickets / 24));
        node.put("coordination_hours_mean", tickets == 0 ? 0 : round(coordinationHours / tickets));
        return node;
    }

    private double share(int count) {
        return tickets == 0 ? 0 : round((double) count / tickets);
    }

    static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }
}
