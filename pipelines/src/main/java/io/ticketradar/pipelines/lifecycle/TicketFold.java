package io.ticketradar.pipelines.lifecycle;

import io.ticketradar.events.EventType;
import io.ticketradar.events.Stage;
import io.ticketradar.events.TechnicalDomain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;

import static io.ticketradar.pipelines.lifecycle.TicketRules.BOUNCE_TEAMS;
import static io.ticketradar.pipelines.lifecycle.TicketRules.FIRST_TIME_FIX_VISITS;
import static io.ticketradar.pipelines.lifecycle.TicketRules.REOPEN_WINDOW;

/**
 * Folds a ticket's events, in {@link TicketEvent#ORDER}, into its {@link TicketFact} as of an instant.
 * A pure function of (events, instant): the streaming job calls it again whenever an event or a
 * deadline is due, so an event that arrived out of order is simply folded in its place.
 * The rules are documented on {@link TicketFact}.
 */
public final class TicketFold {

    private final TicketEvent creation;
    private final long asOf;
    /** The tenant's service levels the ticket is judged by. */
    private final SlaPolicy sla;

    private final long createdAt;

    private String faultCode;
    private TechnicalDomain domain;
    private TicketEvent firstResponse;

    private Stage stage = Stage.CS;
    private boolean inStay = true;
    private long stayStart;
    private String holderTeam;
    private Long awaitingSince;
    private final Map<Stage, Long> stageMillis = new HashMap<>();
    private long longestStay;
    private Stage longestStayStage;
    private Stage breakpointStage;
    private final Map<Stage, List<String>> stageTeams = new HashMap<>();
    private int reassignments;
    private long coordination;
    private String assigneeId;
    private String teamId;

    private TicketEvent firstResolution;
    private String resolverId;
    private boolean closed;
    private Long closedAt;
    private Long endedAt;
    private int closeCount;
    private final List<Long> reopens = new ArrayList<>();
    private boolean reopenedWithinWindow;
    private int complaints;
    private String mergedInto;
    private int applied;

    private TicketFold(TicketEvent creation, long asOf, SlaPolicy sla) {
        this.creation = creation;
        this.asOf = asOf;
        this.sla = sla;
        this.createdAt = creation.ts();
        this.stayStart = createdAt;
        this.faultCode = creation.origin().faultCode();
    }

    /**
     * The ticket as of {@code asOf}, from its events with a time at or before it; null while its creation is
     * not among them.
     */
    public static TicketFold of(Collection<TicketEvent> events, long asOf) {
        return of(events, asOf, SlaPolicy.DEFAULT);
    }

    /** The same, judged by the tenant's service levels. */
    public static TicketFold of(Collection<TicketEvent> events, long asOf, SlaPolicy sla) {
        List<TicketEvent> due = events.stream()
                .filter(e -> e.ts() <= asOf)
                .sorted(TicketEvent.ORDER)
                .toList();
        TicketEvent creation = due.stream()
                .filter(e -> e.type() == EventType.TICKET_CREATED)
                .findFirst()
                .orElse(null);
        if (creation == null) {
            return null;
        }
        TicketFold fold = new TicketFold(creation, asOf, sla);
        for (TicketEvent e : due) {
            if (e.ts() >= creation.ts() && e.type() != EventType.TICKET_CREATED) {
                fold.apply(e);
            }
        }
        fold.applied++; // the creation
        return fold;
    }

    private void apply(TicketEvent e) {
        applied++;
        switch (e.type()) {
            case TICKET_ASSIGNED -> assign(e);
            case STAGE_CHANGED -> {
                if (inStay && e.stage() != stage) {
                    move(e.stage(), e.ts());
                    awaitingSince = e.ts();
                }
            }
            case FIRST_RESPONSE -> {
                if (firstResponse == null) {
                    firstResponse = e;
                }
            }
            case FAULT_DIAGNOSED -> {
                faultCode = e.code();
                domain = e.domain();
            }
            case TICKET_RESOLVED -> {
                endStay(e.ts());
                endedAt = e.ts();
                if (firstResolution == null) {
                    firstResolution = e;
                    resolverId = assigneeId;
                }
            }
            case TICKET_CLOSED -> {
                endStay(e.ts());
                closed = true;
                closedAt = e.ts();
                endedAt = e.ts();
                closeCount++;
            }
            case TICKET_REOPENED -> reopen(e.ts());
            case CUSTOMER_COMPLAINT -> complaints++;
            case TICKET_MERGED -> mergedInto = e.code();
            case TICKET_CREATED, REPAIR_RECORDED -> throw new IllegalStateException("not folded: " + e.type());
        }
    }

    private void assign(TicketEvent e) {
        List<String> teams = stageTeams.computeIfAbsent(e.stage(), s -> new ArrayList<>());
        if (!teams.contains(e.teamId())) {
            teams.add(e.teamId());
        }
        assigneeId = e.actorId();
        teamId = e.teamId();
        if (!inStay) {
            return;
        }
        if (e.stage() != stage) {
            move(e.stage(), e.ts()); // handed forward: normal flow, not a reassignment
        } else if (holderTeam != null && !holderTeam.equals(e.teamId())) {
            reassignments++;
        }
        holderTeam = e.teamId();
        endWait(e.ts());
    }

    private void reopen(long ts) {
        reopens.add(ts);
        // Against the latest resolution or close: ServiceNow, Zammad and Jira reopen a resolved ticket before any
        // close.
        if (endedAt != null && ts - endedAt <= REOPEN_WINDOW.toMillis()) {
            reopenedWithinWindow = true;
        }
        closed = false;
        if (!inStay) {
            inStay = true;
            stayStart = ts;
        }
    }

    private void move(Stage to, long ts) {
        endStay(ts);
        if (to != stage) {
            holderTeam = null;
        }
        stage = to;
        stayStart = ts;
        inStay = true;
    }

    private void endStay(long ts) {
        if (!inStay) {
            return;
        }
        long stay = ts - stayStart;
        stageMillis.merge(stage, stay, Long::sum);
        if (stay > longestStay || longestStayStage == null) {
            longestStay = stay;
            longestStayStage = stage;
        }
        if (breakpointStage == null && sla.stayedTooLong(stayStart, ts)) {
            breakpointStage = stage;
        }
        endWait(ts);
        inStay = false;
    }

    private void endWait(long ts) {
        if (awaitingSince != null) {
            coordination += ts - awaitingSince;
            awaitingSince = null;
        }
    }

    private long responseDeadline() {
        return sla.firstResponseDue(createdAt);
    }

    private long slaDeadline() {
        return sla.resolutionDue(createdAt, creation.origin().priority());
    }

    private boolean responsePending() {
        return firstResponse == null && asOf < responseDeadline();
    }

    private boolean ongoingBreakpoint() {
        return inStay && sla.stayedTooLong(stayStart, asOf);
    }

    private boolean overdue() {
        return closed ? closedAt > slaDeadline() : asOf > slaDeadline();
    }

    /** Whether it is closed now. */
    public boolean closed() {
        return closed;
    }

    /** The latest close, null if never closed. */
    public Long closedAt() {
        return closedAt;
    }

    /**
     * The earliest instant after {@code asOf} at which a flag may turn true without any event: the response
     * deadline passing unanswered, the ongoing stay passing the breakpoint stay, the SLA passing while open, each at
     * the due moment of the tenant's working calendar. Empty when none.
     */
    public LongStream deadlinesAfterAsOf() {
        LongStream.Builder due = LongStream.builder();
        if (responsePending()) {
            due.add(responseDeadline());
        }
        if (inStay && breakpointStage == null && !ongoingBreakpoint()) {
            due.add(sla.breakpointDue(stayStart) + 1);
        }
        if (!closed && !overdue()) {
            due.add(slaDeadline() + 1);
        }
        return due.build().filter(t -> t > asOf);
    }

    public TicketFact fact(String tenantId, String ticketId, ZoneId zone) {
        TicketOrigin o = creation.origin();
        Instant created = Instant.ofEpochMilli(createdAt);
        boolean pending = responsePending();
        boolean onTime = firstResponse != null && sla.isFirstResponseOnTime(createdAt, firstResponse.ts());
        boolean breakpoint = breakpointStage != null || ongoingBreakpoint();
        return new TicketFact(
                tenantId,
                ticketId,
                created,
                LocalDate.ofInstant(created, zone),
                o.channel(),
                o.customerId(),
                o.deviceSn(),
                o.productModel(),
                o.siteId(),
                o.region(),
                o.priority(),
                Instant.ofEpochMilli(slaDeadline()),
                faultCode,
                domain,
                firstResponse == null ? null : Instant.ofEpochMilli(firstResponse.ts()),
                firstResponse != null && firstResponse.diagnostic(),
                firstResponse == null ? null : firstResponse.actorId(),
                pending,
                onTime && firstResponse.diagnostic(),
                !pending && !onTime,
                inStay ? stage : null,
                inStay ? Instant.ofEpochMilli(stayStart) : null,
                stage,
                new HashMap<>(stageMillis),
                longestStay,
                longestStayStage,
                breakpoint,
                breakpointStage != null ? breakpointStage : (breakpoint ? stage : null),
                copyOf(stageTeams),
                reassignments,
                stageTeams.values().stream().anyMatch(t -> t.size() >= BOUNCE_TEAMS),
                coordination,
                assigneeId,
                teamId,
                firstResolution == null ? null : Instant.ofEpochMilli(firstResolution.ts()),
                firstResolution == null ? null : firstResolution.code(),
                firstResolution == null ? 0 : firstResolution.fieldVisits(),
                resolverId,
                firstTimeFix(),
                closed,
                closedAt == null ? null : Instant.ofEpochMilli(closedAt),
                closeCount,
                closed ? closedAt - createdAt : null,
                overdue(),
                new ArrayList<>(reopens.stream().map(Instant::ofEpochMilli).toList()),
                reopenedWithinWindow,
                complaints,
                mergedInto != null,
                mergedInto,
                applied);
    }

    private boolean firstTimeFix() {
        if (firstResolution == null || firstResolution.fieldVisits() != FIRST_TIME_FIX_VISITS) {
            return false;
        }
        long resolved = firstResolution.ts();
        return reopens.stream().noneMatch(r -> r >= resolved && r - resolved <= REOPEN_WINDOW.toMillis());
    }

    // Plain mutable copies: Flink's Kryo fallback rebuilds neither the JDK's immutable collections nor EnumMaps.
    private static Map<Stage, List<String>> copyOf(Map<Stage, List<String>> teams) {
        Map<Stage, List<String>> copy = new HashMap<>();
        teams.forEach((s, t) -> copy.put(s, new ArrayList<>(t)));
        return copy;
    }
}
