package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.HealthIndicators;
import io.ticketradar.warehouse.tables.IndicatorCode;
import io.ticketradar.warehouse.tables.Regions;
import io.ticketradar.warehouse.tables.TicketEvents;
import io.ticketradar.warehouse.tables.TicketFacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the warehouse says about one engineer of a tenant: whether the tenant knows the engineer, the open tickets
 * the engineer holds now by urgency, and the first-time-fix figures of the pipelines over a span of days.
 *
 * <p>Held: {@code ticket_facts.assignee_id} is the latest {@code TICKET_ASSIGNED}'s assignee (the lifecycle fold);
 * open: the ticket is in a stay ({@code current_stage} set, so neither resolved nor closed, or reopened since) and
 * not merged into another.
 *
 * <p>Urgency, most urgent first: by SLA deadline ({@code sla_deadline}, creation + the priority's SLA: P1 24 h,
 * P2 48 h, P3 72 h, P4 120 h), so overdue tickets come first, the longest overdue first, then the least time left;
 * then priority (P1 first), then age (oldest first).
 */
final class EngineerDay {

    /** The indicator code the pipelines write per engineer (health_indicators.engineer_id, region ALL). */
    static final String FIRST_TIME_FIX_RATE = IndicatorCode.FIRST_TIME_FIX_RATE.code();

    private static final String KNOWN = """
            SELECT 1 AS known FROM %s FINAL
            WHERE tenant_id = ? AND (assignee_id = ? OR resolver_id = ? OR first_responder_id = ?)
            UNION ALL
            SELECT 1 AS known FROM %s FINAL WHERE tenant_id = ? AND engineer_id = ?
            UNION ALL
            SELECT 1 AS known FROM %s FINAL
            WHERE tenant_id = ? AND event_type = 'REPAIR_RECORDED' AND JSONExtractString(payload, 'engineer_id') = ?
            LIMIT 1""".formatted(TicketFacts.TABLE, HealthIndicators.TABLE, TicketEvents.TABLE);
    private static final String OPEN_BY_URGENCY = """
            SELECT ticket_id, created_at, priority, sla_deadline, current_stage, team_id, device_sn, product_model,
                   region, site_id, customer_id, fault_code, reopen_count
            FROM %s FINAL
            WHERE tenant_id = ? AND assignee_id = ? AND current_stage != '' AND NOT merged
            ORDER BY sla_deadline, priority, created_at, ticket_id
            LIMIT ?""".formatted(TicketFacts.TABLE);
    // The pipelines' rows per engineer and cohort day: summing numerators and denominators gives the span's rate.
    private static final String FIRST_TIME_FIX = """
            SELECT sum(numerator) AS fixed, sum(denominator) AS resolved FROM %s FINAL
            WHERE tenant_id = ? AND region = ? AND engineer_id = ? AND indicator = ? AND day >= ? AND day <= ?""".formatted(HealthIndicators.TABLE);

    private final Warehouse warehouse;

    EngineerDay(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** An open ticket; {@code slaLeftMinutes} is negative once overdue. */
    record OpenTicket(
            String ticketId,
            String createdAt,
            String priority,
            String slaDeadline,
            boolean overdue,
            long slaLeftMinutes,
            String stage,
            String teamId,
            String deviceSn,
            String productModel,
            String region,
            String siteId,
            String customerId,
            String faultCode,
            int reopens) {}

    /**
     * @param fixed    resolved with 1 field visit and not reopened within 30 days
     * @param resolved resolved
     * @param rate     fixed / resolved, null when nothing was resolved
     */
    record FirstTimeFix(String from, String to, long fixed, long resolved, Double rate) {}

    boolean known(String tenant, String engineer) {
        return !warehouse
                .query(KNOWN, tenant, engineer, engineer, engineer, tenant, engineer, tenant, engineer)
                .isEmpty();
    }

    /** The engineer's {@code count} most urgent open tickets, most urgent first, as of {@code now}. */
    List<OpenTicket> mostUrgent(String tenant, String engineer, int count, Instant now) {
        return warehouse.query(OPEN_BY_URGENCY, tenant, engineer, count).stream()
                .map(row -> openTicket(row, now))
                .toList();
    }

    /**
     * The first-time-fix rate over the tickets created from {@code from} to {@code to} (days of the tenant), as the
     * pipelines' indicator counts it (DOMAIN.md §4; pipelines' Indicator.FIRST_TIME_FIX_RATE, credited to the
     * ticket's resolver).
     */
    FirstTimeFix firstTimeFix(String tenant, String engineer, LocalDate from, LocalDate to) {
        Map<String, Object> row = warehouse
                .query(FIRST_TIME_FIX, tenant, Regions.ALL, engineer, FIRST_TIME_FIX_RATE, from, to)
                .getFirst();
        long fixed = Math.round(((Number) row.get("fixed")).doubleValue());
        long resolved = Math.round(((Number) row.get("resolved")).doubleValue());
        return new FirstTimeFix(
                from.toString(), to.toString(), fixed, resolved, resolved == 0 ? null : (double) fixed / resolved);
    }

    private static OpenTicket openTicket(Map<String, Object> row, Instant now) {
        Instant deadline = WarehouseValues.instant(row.get("sla_deadline"));
        return new OpenTicket(
                (String) row.get("ticket_id"),
                WarehouseValues.utcInstant(row.get("created_at")),
                (String) row.get("priority"),
                deadline.toString(),
                deadline.isBefore(now),
                Math.floorDiv(deadline.toEpochMilli() - now.toEpochMilli(), 60_000L),
                (String) row.get("current_stage"),
                WarehouseValues.emptyToNull((String) row.get("team_id")),
                WarehouseValues.emptyToNull((String) row.get("device_sn")),
                WarehouseValues.emptyToNull((String) row.get("product_model")),
                WarehouseValues.emptyToNull((String) row.get("region")),
                WarehouseValues.emptyToNull((String) row.get("site_id")),
                WarehouseValues.emptyToNull((String) row.get("customer_id")),
                WarehouseValues.emptyToNull((String) row.get("fault_code")),
                ((Number) row.get("reopen_count")).intValue());
    }
}
