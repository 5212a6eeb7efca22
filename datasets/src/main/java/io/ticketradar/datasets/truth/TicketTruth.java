package io.ticketradar.datasets.truth;

import io.ticketradar.datasets.world.Region;
import io.ticketradar.events.Priority;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What really happened to one generated ticket, measured on its lifecycle with the definitions of
 * DOMAIN.md §4; the ground truth is the sum of these.
 *
 * @param kind                 new, duplicate (of relatedTicketId) or recurrence (of relatedTicketId)
 * @param siteId               the device's home site
 * @param productModel         the device's product model
 * @param firmware             the firmware the device ran when the ticket was created, as the maker knows it
 * @param patternId            the injected pattern the ticket belongs to, or null
 * @param patternSlices        ids of the patterns whose slice (region, temperature) holds the ticket
 * @param maxStayHours         the longest single stay in one stage (> 4 h is a breakpoint)
 * @param coordinationHours    time spent handed on to a stage and not yet assigned there
 * @param maxReassignments     most reassignments within one stage (2+ is a bounce)
 * @param closedAt             the last close (after a reopen, the second one)
 * @param repeatFault          the device had a ticket of the same fault in the 30 days before
 * @param fieldVisits          visits before any reopen
 * @param firstFieldEngineerId engineer of the first visit, null without one
 */
public record TicketTruth(
        String tenantId,
        String ticketId,
        String kind,
        String relatedTicketId,
        Instant createdAt,
        LocalDate cohortDay,
        Region region,
        Priority priority,
        String deviceSn,
        String customerId,
        String siteId,
        String productModel,
        String firmware,
        String faultCode,
        String patternId,
        List<String> patternSlices,
        double firstResponseHours,
        boolean diagnostic,
        double maxStayHours,
        double coordinationHours,
        int maxReassignments,
        Instant closedAt,
        boolean reopened,
        boolean complaint,
        boolean repeatFault,
        int fieldVisits,
        String firstFieldEngineerId) {

    public static final double FIRST_RESPONSE_LIMIT_H = 2;
    public static final double BREAKPOINT_H = 4;

    public boolean firstResponseLate() {
        return firstResponseHours > FIRST_RESPONSE_LIMIT_H;
    }

    public boolean firstResponseCompliant() {
        return !firstResponseLate() && diagnostic;
    }

    public boolean breakpoint() {
        return maxStayHours > BREAKPOINT_H;
    }

    public boolean bounced() {
        return maxReassignments >= 2;
    }

    public double closureHours() {
        return (closedAt.getEpochSecond() - createdAt.getEpochSecond()) / 3600.0;
    }

    public boolean overdue() {
        return closureHours() > priority.slaHours();
    }

    /** Resolved at the first field visit and not reopened. */
    public boolean firstTimeFix() {
        return fieldVisits == 1 && !reopened;
    }
}
