package io.ticketradar.pipelines.indicators;

import io.ticketradar.events.EventType;
import io.ticketradar.events.Stage;
import io.ticketradar.pipelines.lifecycle.TicketFact;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The health indicators of DOMAIN.md §4, plus backlog and reopen rate: the one place that says what each
 * counts. The streaming jobs use it, and its codes and thresholds travel with every row of
 * {@code health_indicators} for the API. Each constant's comment states its numerator and denominator;
 * the ticket flags they name are defined on {@link TicketFact} with the numbers in
 * {@link io.ticketradar.pipelines.lifecycle.TicketRules}.
 *
 * <p>Rows exist per tenant and calendar day in the tenant's zone, per region and overall ({@link Regions#ALL}).
 * Unless said otherwise the day is the cohort day: a ticket counts for the day it was created, and its
 * contribution is corrected in place whenever its facts change. "Cohort" below means the tickets created
 * that day (in that region).
 */
public enum Indicator {

    /** 首响合规率. numerator: responseCompliant; denominator: cohort minus responsePending. Healthy >= 95%. */
    FIRST_RESPONSE_COMPLIANCE(
            IndicatorCode.FIRST_RESPONSE_COMPLIANCE,
            Measure.RATIO,
            Healthy.atLeast(0.95),
            false,
            f -> f.responsePending() ? null : Part.cohort(f, f.responseCompliant())),

    /** 跨域协同断点率. numerator: breakpoint (a stay over 4 h); denominator: cohort. Healthy <= 5%. */
    BREAKPOINT_RATE(
            IndicatorCode.BREAKPOINT_RATE,
            Measure.RATIO,
            Healthy.atMost(0.05),
            false,
            f -> Part.cohort(f, f.breakpoint())),

    /**
     * 根因复现抑制率 = 1 - recurring / known, written as numerator: cohort tickets with a known device and
     * fault code whose device had no ticket of the same fault code in the 30 days before their creation;
     * denominator: cohort tickets with a known device and fault code. Healthy >= 88%. Needs other tickets,
     * so it comes from {@link RecurrenceFunction}, not from one ticket's fact.
     */
    RECURRENCE_SUPPRESSION(IndicatorCode.RECURRENCE_SUPPRESSION, Measure.RATIO, Healthy.atLeast(0.88), false, null),

    /** 首响超时率. numerator: responseTimedOut; denominator: cohort minus responsePending. Healthy <= 15%. */
    FIRST_RESPONSE_TIMEOUT_RATE(
            IndicatorCode.FIRST_RESPONSE_TIMEOUT_RATE,
            Measure.RATIO,
            Healthy.atMost(0.15),
            false,
            f -> f.responsePending() ? null : Part.cohort(f, f.responseTimedOut())),

    /** 闭环周期, mean: over tickets closed that day (day = close day), created -> latest close, in days. */
    CLOSURE_CYCLE_MEAN_DAYS(
            IndicatorCode.CLOSURE_CYCLE_MEAN_DAYS,
            Measure.MEAN_DAYS,
            Healthy.UNSPECIFIED,
            false,
            f -> f.closed() ? Part.closed(f, f.closureMillis()) : null),

    /** 闭环周期, nearest-rank median of the same durations. */
    CLOSURE_CYCLE_P50_DAYS(
            IndicatorCode.CLOSURE_CYCLE_P50_DAYS,
            Measure.P50_DAYS,
            Healthy.UNSPECIFIED,
            false,
            f -> f.closed() ? Part.closed(f, f.closureMillis()) : null),

    /** 闭环周期, nearest-rank 90th percentile of the same durations. */
    CLOSURE_CYCLE_P90_DAYS(
            IndicatorCode.CLOSURE_CYCLE_P90_DAYS,
            Measure.P90_DAYS,
            Healthy.UNSPECIFIED,
            false,
            f -> f.closed() ? Part.closed(f, f.closureMillis()) : null),

    /** 超时率. numerator: overdue (not closed within the priority's SLA); denominator: cohort. */
    OVERDUE_RATE(
            IndicatorCode.OVERDUE_RATE, Measure.RATIO, Healthy.UNSPECIFIED, false, f -> Part.cohort(f, f.overdue())),

    /** 反复转派率. numerator: bounced (3 or more different teams within one stage); denominator: cohort. */
    BOUNCE_RATE(IndicatorCode.BOUNCE_RATE, Measure.RATIO, Healthy.UNSPECIFIED, false, f -> Part.cohort(f, f.bounced())),

    /** 跨部门协同耗时. numerator: coordinationMillis summed, in hours; denominator: cohort. Value: mean hours. */
    COORDINATION_HOURS(
            IndicatorCode.COORDINATION_HOURS,
            Measure.MEAN_HOURS,
            Healthy.UNSPECIFIED,
            false,
            f -> Part.cohort(f, f.coordinationMillis())),

    /** 二次投诉率. numerator: tickets with at least one CUSTOMER_COMPLAINT; denominator: cohort. */
    SECONDARY_COMPLAINT_RATE(
            IndicatorCode.SECONDARY_COMPLAINT_RATE,
            Measure.RATIO,
            Healthy.UNSPECIFIED,
            false,
            f -> Part.cohort(f, f.complaints() > 0)),

    /**
     * 一次修复率, overall and per engineer (resolverId; rows with region ALL). numerator: firstTimeFix;
     * denominator: cohort tickets resolved. A fix counts at once and is retracted if a reopen comes within 30 days.
     */
    FIRST_TIME_FIX_RATE(
            IndicatorCode.FIRST_TIME_FIX_RATE,
            Measure.RATIO,
            Healthy.UNSPECIFIED,
            true,
            f -> f.resolvedAt() == null ? null : Part.cohort(f, f.firstTimeFix())),

    /** 重复工单率. numerator: tickets merged into another (TICKET_MERGED); denominator: cohort. */
    DUPLICATE_RATE(
            IndicatorCode.DUPLICATE_RATE, Measure.RATIO, Healthy.UNSPECIFIED, false, f -> Part.cohort(f, f.merged())),

    /**
     * Reopen rate. numerator: reopenedWithinWindow (a reopen within 30 days after the ticket's latest resolution or
     * close, whichever came last); denominator: cohort tickets resolved or closed at least once. The spec names no
     * reopen rate; a reopen after a resolution counts because ticket systems reopen resolved tickets before any close.
     */
    REOPEN_RATE(
            IndicatorCode.REOPEN_RATE,
            Measure.RATIO,
            Healthy.UNSPECIFIED,
            false,
            f -> f.resolvedAt() == null && f.closeCount() == 0 ? null : Part.cohort(f, f.reopenedWithinWindow())),

    /**
     * Backlog: tickets created and not closed at the end of the day (day = that day, not a cohort), all
     * stages. A resolved ticket awaiting its close counts under the stage it was resolved in. From
     * {@link BacklogFunction}: a snapshot when event time passes the day's end, not corrected afterwards.
     */
    BACKLOG(IndicatorCode.BACKLOG, Measure.COUNT, Healthy.UNSPECIFIED, false, null),
    /** Backlog in CS. */
    BACKLOG_CS(IndicatorCode.BACKLOG_CS, Measure.COUNT, Healthy.UNSPECIFIED, false, null),
    /** Backlog in TECH. */
    BACKLOG_TECH(IndicatorCode.BACKLOG_TECH, Measure.COUNT, Healthy.UNSPECIFIED, false, null),
    /** Backlog in PARTS. */
    BACKLOG_PARTS(IndicatorCode.BACKLOG_PARTS, Measure.COUNT, Healthy.UNSPECIFIED, false, null),
    /** Backlog in FIELD. */
    BACKLOG_FIELD(IndicatorCode.BACKLOG_FIELD, Measure.COUNT, Healthy.UNSPECIFIED, false, null);

    /** The indicators that one ticket's fact decides on its own. */
    public static final List<Indicator> PER_TICKET =
            Arrays.stream(values()).filter(i -> i.rule != null).toList();

    private final IndicatorCode code;
    private final Measure measure;
    private final Healthy healthy;
    private final boolean perEngineer;
    private final Rule rule;

    Indicator(IndicatorCode code, Measure measure, Healthy healthy, boolean perEngineer, Rule rule) {
        this.code = code;
        this.measure = measure;
        this.healthy = healthy;
        this.perEngineer = perEngineer;
        this.rule = rule;
    }

    /** The name in the warehouse and the API. */
    public String code() {
        return code.code();
    }

    public Measure measure() {
        return measure;
    }

    public Healthy healthy() {
        return healthy;
    }

    /**
     * What a source must record for this indicator to measure what it says, read off its rule: the response
     * indicators read FIRST_RESPONSE, the bounce rate the teams of TICKET_ASSIGNED, the complaint rate
     * CUSTOMER_COMPLAINT, the reopen rate TICKET_REOPENED; coordination waits start at a STAGE_CHANGED, and both it
     * and the breakpoint rate presume tickets that move between stages.
     */
    public SourceNeeds needs() {
        return switch (this) {
            case FIRST_RESPONSE_COMPLIANCE, FIRST_RESPONSE_TIMEOUT_RATE -> SourceNeeds.inputs(EventType.FIRST_RESPONSE);
            case BOUNCE_RATE -> SourceNeeds.inputs(EventType.TICKET_ASSIGNED);
            case SECONDARY_COMPLAINT_RATE -> SourceNeeds.inputs(EventType.CUSTOMER_COMPLAINT);
            case REOPEN_RATE -> SourceNeeds.inputs(EventType.TICKET_REOPENED);
            case COORDINATION_HOURS -> SourceNeeds.handOffs(EventType.STAGE_CHANGED);
            case BREAKPOINT_RATE -> SourceNeeds.handOffs();
            default -> SourceNeeds.NONE;
        };
    }

    /** The ticket's part in this indicator, null when it does not count; only for {@link #PER_TICKET}. */
    public Part part(TicketFact fact) {
        return rule.part(fact);
    }

    /** The engineer a ticket's part is credited to, "" for indicators that are not per engineer. */
    public String engineerOf(TicketFact fact) {
        return perEngineer && fact.resolverId() != null ? fact.resolverId() : "";
    }

    /** The rows a part counts in: its region and {@link Regions#ALL}, and for per-engineer indicators the engineer's row. */
    public List<Slice> slices(String region, String engineerId) {
        List<Slice> slices = new ArrayList<>(3);
        slices.add(new Slice(region, ""));
        slices.add(new Slice(Regions.ALL, ""));
        if (perEngineer && !engineerId.isEmpty()) {
            slices.add(new Slice(Regions.ALL, engineerId));
        }
        return slices;
    }

    /** The backlog indicator of a stage. */
    public static Indicator backlogOf(Stage stage) {
        return switch (stage) {
            case CS -> BACKLOG_CS;
            case TECH -> BACKLOG_TECH;
            case PARTS -> BACKLOG_PARTS;
            case FIELD -> BACKLOG_FIELD;
        };
    }

    /** A row dimension: region (or {@link Regions#ALL}) and engineer ("" unless per engineer). */
    public record Slice(String region, String engineerId) {}

    @FunctionalInterface
    private interface Rule extends Serializable {
        Part part(TicketFact fact);
    }
}
