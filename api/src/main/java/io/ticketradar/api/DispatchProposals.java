package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.warehouse.Warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tenants' dispatch rule proposals, in {@code dispatch_proposals}. */
final class DispatchProposals {

    private static final String COLUMNS = """
            SELECT proposal_id, action, rule_index, rule, reason, proposed_by, proposed_at, based_on_version, status,
                   reviewed_by, reviewed_at, review_note, adopted_version, version
            FROM %s FINAL WHERE tenant_id = ?""".formatted(io.ticketradar.warehouse.tables.DispatchProposals.TABLE);
    /** A list for people to review, not an archive. */
    static final int MAX_LISTED = 500;

    private final Warehouse warehouse;
    private final ObjectMapper mapper;

    DispatchProposals(Warehouse warehouse, ObjectMapper mapper) {
        this.warehouse = warehouse;
        this.mapper = mapper;
    }

    Optional<DispatchProposal> find(String tenantId, String proposalId) {
        return warehouse.query(COLUMNS + " AND proposal_id = ?", tenantId, proposalId).stream()
                .map(row -> proposal(tenantId, row))
                .findFirst();
    }

    /** Newest proposed first; all statuses when {@code status} is null. */
    List<DispatchProposal> list(String tenantId, DispatchProposal.Status status) {
        String sql = COLUMNS + (status == null ? "" : " AND status = ?") + " ORDER BY proposed_at DESC, proposal_id"
                + " LIMIT " + MAX_LISTED;
        List<Map<String, Object>> rows =
                status == null ? warehouse.query(sql, tenantId) : warehouse.query(sql, tenantId, status.code());
        return rows.stream().map(row -> proposal(tenantId, row)).toList();
    }

    void save(DispatchProposal p) {
        warehouse.insertJsonRows(
                io.ticketradar.warehouse.tables.DispatchProposals.TABLE,
                List.of(p.warehouseRow(mapper).toString()));
    }

    private DispatchProposal proposal(String tenantId, Map<String, Object> row) {
        String rule = (String) row.get("rule");
        Long index = (Long) row.get("rule_index");
        return new DispatchProposal(
                tenantId,
                (String) row.get("proposal_id"),
                DispatchProposal.Action.valueOf(((String) row.get("action")).toUpperCase(Locale.ROOT)),
                index == null ? null : index.intValue(),
                rule.isEmpty() ? null : json(rule),
                (String) row.get("reason"),
                (String) row.get("proposed_by"),
                WarehouseValues.instant(row.get("proposed_at")),
                (Long) row.get("based_on_version"),
                DispatchProposal.Status.valueOf(((String) row.get("status")).toUpperCase(Locale.ROOT)),
                (String) row.get("reviewed_by"),
                row.get("reviewed_at") == null ? null : WarehouseValues.instant(row.get("reviewed_at")),
                (String) row.get("review_note"),
                (Long) row.get("adopted_version"),
                (Long) row.get("version"));
    }

    private JsonNode json(String text) {
        try {
            return mapper.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException("a stored proposal's rule is not JSON", e);
        }
    }
}
