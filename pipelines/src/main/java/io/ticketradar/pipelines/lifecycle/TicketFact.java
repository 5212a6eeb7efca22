package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.Priority;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Everything the indicators need to know about one ticket, folded from its events in event-time order
 * by {@link TicketFold} and evaluated at an instant (the fact's {@code asOf}, kept beside it in
 * {@link FactChange}): the flags that depend on absence (no response yet, still sitting in a stage, SLA
 * passed while open) are true once that instant is past their deadline. One row of {@code ticket_facts}.
 *
 * <p>Stays (DOMAIN.md §4): a ticket is in CS from its creation; an assignment to another stage or a stage
 * change moves it (a new stay); resolving or closing ends the stay; a reopen starts a new stay in the stage
 * it was last in. Assignments and stage changes of a resolved or closed ticket move nothing until it is
 * reopened. Events earlier than the creation are ignored (clock skew); the first creation wins.
 *
 * @param cohortDay             the creation day in the tenant's zone: the day the ticket counts for
 * @param slaDeadline           creation + the priority's SLA, counted in the tenant's working calendar
 * @param faultCode             the latest diagnosis, else the creation's code; null while unknown
 * @param firstResponseAt       the earliest FIRST_RESPONSE, null while none
 * @param responsePending       no response yet and less than 2 h old: excluded from the response indicators
 * @param responseCompliant     the first response came at most 2 h after creation and was diagnostic
 * @param responseTimedOut      no first response within 2 h (none yet after 2 h, or a later one)
 * @param currentStage          the stage of the ongoing stay, null when resolved or closed
 * @param lastStage             the stage it is or was last in (a reopen returns it there)
 * @param stageMillis           time per stage over completed stays
 * @param longestStayMillis     the longest completed stay
 * @param breakpoint            a stay of more than 4 h, completed, or ongoing and already past 4 h
 * @param breakpointStage       the stage of the first such stay
 * @param stageTeams            the distinct teams assigned per stage, in order of first assignment
 * @param reassignments         assignments to another team within the stage the ticket sits in (转派)
 * @param bounced               held by 3 or more different teams within one stage
 * @param coordinationMillis    waiting between stages: from each stage change until the first assignment in
 *                              the new stage, or until that stay ends without one; ongoing waits are not counted
 * @param resolvedAt            the first resolution
 * @param resolutionCode        the first resolution's code
 * @param fieldVisits           the first resolution's field visits
 * @param resolverId            the assignee when it was first resolved: the engineer a first-time fix is credited to
 * @param firstTimeFix          first resolved with exactly 1 field visit and not reopened within 30 days after it
 * @param closed                closed and not reopened since
 * @param closedAt              the latest close
 * @param closeCount            how often it was closed
 * @param closureMillis         created -> latest close, while closed
 * @param overdue               not closed within the SLA: closed after the deadline, or still open past it
 * @param reopenedAt            every reopen
 * @param reopenedWithinWindow  a reopen came at most 30 days after the ticket's latest resolution or close before it
 * @param events                the events applied
 */
public record TicketFact(
        String tenantId,
        String ticketId,
        Instant createdAt,
        LocalDate cohortDay,
        String channel,
        String customerId,
        String deviceSn,
        String productModel,
        String siteId,
        String region,
        Priority priority,
        Instant slaDeadline,
        String faultCode,
        TechnicalDomain domain,
        Instant firstResponseAt,
        boolean firstResponseDiagnostic,
        String firstResponderId,
        boolean responsePending,
        boolean responseCompliant,
        boolean responseTimedOut,
        Stage currentStage,
        Instant currentStageSince,
        Stage lastStage,
        Map<Stage, Long> stageMillis,
        long longestStayMillis,
        Stage longestStayStage,
        boolean breakpoint,
        Stage breakpointStage,
        Map<Stage, List<String>> stageTeams,
        int reassignments,
        boolean bounced,
        long coordinationMillis,
        String assigneeId,
        String teamId,
        Instant resolvedAt,
        String resolutionCode,
        int fieldVisits,
        String resolverId,
        boolean firstTimeFix,
        boolean closed,
        Instant closedAt,
        int closeCount,
        Long closureMillis,
        boolean overdue,
        List<Instant> reopenedAt,
        boolean reopenedWithinWindow,
        int complaints,
        boolean merged,
        String mergedInto,
        int events) {

    /** The stage an open ticket counts under in the backlog, null once closed. */
    public Stage openStage() {
        return closed ? null : lastStage;
    }
}
