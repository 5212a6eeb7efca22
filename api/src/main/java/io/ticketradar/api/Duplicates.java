package io.ticketradar.api;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.MergeDecisions;
import io.ticketradar.warehouse.tables.MergeSuggestions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's duplicate tickets as stored: {@code merge_suggestions FINAL} (the duplicates job's newest suggestion or
 * merge of each) left-joined with {@code merge_decisions FINAL} (people's decision), read and filtered in the
 * warehouse so that paging and totals see the statuses people set. A decision holds only for the suggestion into the
 * ticket it was made about.
 */
final class Duplicates {

    /** Every status a duplicate can have: suggested by the job, accepted or rejected by a person, merged by policy. */
    static final List<String> STATUSES = List.of("suggested", "accepted", "rejected", "merged");

    // Unmatched decision columns take their types' defaults (join_use_nulls is off): '' ids, so "no decision" is
    // d.ticket_id = ''.
    private static final String JOINED = """
            SELECT s.ticket_id AS ticket_id, s.into_ticket_id AS into_ticket_id,
                   s.matched_ticket_id AS matched_ticket_id, s.matched_keys AS matched_keys,
                   s.shared_symptoms AS shared_symptoms, s.shared_fault_code AS shared_fault_code,
                   s.hours_apart AS hours_apart, s.ticket_created_at AS ticket_created_at,
                   s.into_created_at AS into_created_at, s.decided_at AS suggested_at,
                   toBool(d.ticket_id != '' AND d.into_ticket_id = s.into_ticket_id) AS decided,
                   if(decided, d.decision, s.status) AS effective_status, d.reason AS reason,
                   d.decided_by AS decided_by, d.decided_at AS decided_at, d.version AS decision_version
            FROM (SELECT * FROM %s FINAL WHERE tenant_id = ?) AS s
            LEFT JOIN (SELECT * FROM %s FINAL WHERE tenant_id = ?) AS d ON d.ticket_id = s.ticket_id""".formatted(MergeSuggestions.TABLE, MergeDecisions.TABLE);

    private final Warehouse warehouse;

    Duplicates(Warehouse warehouse) {
        this.warehouse = warehouse;
    }

    /** The duplicates of the given statuses (null: every status), newest suggestion first. */
    List<DuplicateView> list(String tenant, List<String> statuses, Page page) {
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        String sql = "SELECT * FROM (" + JOINED + ")" + where(statuses, null, args)
                + " ORDER BY suggested_at DESC, ticket_id" + Page.SQL;
        args.add(page.limit());
        args.add(page.offset());
        return warehouse.query(sql, args.toArray()).stream()
                .map(Duplicates::view)
                .toList();
    }

    long count(String tenant, List<String> statuses) {
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        String sql = "SELECT count() AS total FROM (" + JOINED + ")" + where(statuses, null, args);
        return (Long) warehouse.query(sql, args.toArray()).getFirst().get("total");
    }

    /** One duplicate of the tenant, by the duplicate's ticket id; empty for another tenant's. */
    Optional<DuplicateView> find(String tenant, String ticketId) {
        List<Object> args = new ArrayList<>(List.of(tenant, tenant));
        String sql = "SELECT * FROM (" + JOINED + ")" + where(null, ticketId, args);
        return warehouse.query(sql, args.toArray()).stream().findFirst().map(Duplicates::view);
    }

    /** The version the next decision about the ticket takes: above every earlier one. */
    long nextVersion(String tenant, String ticketId, long atMillis) {
        List<Map<String, Object>> rows = warehouse.query(
                "SELECT max(version) AS v FROM " + MergeDecisions.TABLE + " WHERE tenant_id = ? AND ticket_id = ?",
                tenant,
                ticketId);
        long previous = rows.isEmpty() ? 0 : (Long) rows.getFirst().get("v");
        return Math.max(previous + 1, atMillis * 1_000);
    }

    void save(MergeDecision decision) {
        warehouse.insertJsonRows(MergeDecisions.TABLE, List.of(decision.warehouseRow()));
    }

    private static String where(List<String> statuses, String ticketId, List<Object> args) {
        List<String> conditions = new ArrayList<>();
        if (statuses != null) {
            conditions.add("has(?, effective_status)");
            args.add(statuses);
        }
        if (ticketId != null) {
            conditions.add("ticket_id = ?");
            args.add(ticketId);
        }
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @SuppressWarnings("unchecked")
    private static DuplicateView view(Map<String, Object> row) {
        String ticketId = (String) row.get("ticket_id");
        boolean decided = (Boolean) row.get("decided");
        return new DuplicateView(
                ticketId,
                ticketId,
                (String) row.get("into_ticket_id"),
                (String) row.get("matched_ticket_id"),
                (String) row.get("effective_status"),
                new DuplicateView.Evidence(
                        (List<String>) row.get("matched_keys"),
                        (List<String>) row.get("shared_symptoms"),
                        WarehouseValues.emptyToNull((String) row.get("shared_fault_code")),
                        WarehouseValues.decimal(row.get("hours_apart"))),
                WarehouseValues.utcInstant(row.get("ticket_created_at")),
                WarehouseValues.utcInstant(row.get("into_created_at")),
                WarehouseValues.utcInstant(row.get("suggested_at")),
                decided
                        ? new DuplicateView.Decision(
                                (String) row.get("effective_status"),
                                WarehouseValues.emptyToNull((String) row.get("reason")),
                                (String) row.get("decided_by"),
                                WarehouseValues.utcInstant(row.get("decided_at")))
                        : null);
    }
}
