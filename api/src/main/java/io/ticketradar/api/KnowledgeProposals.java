package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.warehouse.Warehouse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The knowledge proposals of the tenant groups, in {@code knowledge_proposals}. */
final class KnowledgeProposals {

    private static final String SELECT = """
            SELECT group_id, tenant_id, proposal_id, knowledge_id, pattern_id, kind, title, fault_code, symptoms, codes,
                   fix, parts, root_causes, removed, proposed_by, proposed_at, status, reviewed_by, reviewed_at,
                   review_reason, version
            FROM %s FINAL WHERE\s""".formatted(io.ticketradar.warehouse.tables.KnowledgeProposals.TABLE);

    /** A list for people to read, not an archive. */
    static final int MAX_LISTED = 500;

    private static final String NEWEST_FIRST = " ORDER BY proposed_at DESC, proposal_id LIMIT " + MAX_LISTED;

    private final Warehouse warehouse;
    private final ObjectMapper mapper;

    KnowledgeProposals(Warehouse warehouse, ObjectMapper mapper) {
        this.warehouse = warehouse;
        this.mapper = mapper;
    }

    Optional<KnowledgeProposal> find(String groupId, String proposalId) {
        return warehouse.query(SELECT + "group_id = ? AND proposal_id = ?", groupId, proposalId).stream()
                .map(KnowledgeProposals::proposal)
                .findFirst();
    }

    /** The group's proposals, for review, newest proposed first; all statuses when {@code status} is null. */
    List<KnowledgeProposal> ofGroup(String groupId, KnowledgeProposal.Status status) {
        return listed("group_id = ?", groupId, status);
    }

    /** The tenant's own proposals, whatever group they went to, newest proposed first. */
    List<KnowledgeProposal> ofTenant(String tenantId, KnowledgeProposal.Status status) {
        return listed("tenant_id = ?", tenantId, status);
    }

    private List<KnowledgeProposal> listed(String condition, String id, KnowledgeProposal.Status status) {
        String sql = SELECT + condition + (status == null ? "" : " AND status = ?") + NEWEST_FIRST;
        return status == null ? read(sql, List.of(id)) : read(sql, List.of(id, status.code()));
    }

    /** What the group shares with {@code reader}: approved entries of its other tenants, newest shared first. */
    List<KnowledgeProposal> sharedWith(String groupId, String reader, String faultCode) {
        StringBuilder sql = new StringBuilder(SELECT + "group_id = ? AND status = 'approved' AND tenant_id != ?");
        List<Object> args = new ArrayList<>(List.of(groupId, reader));
        if (faultCode != null) {
            sql.append(" AND fault_code = ?");
            args.add(faultCode);
        }
        return read(sql + " ORDER BY reviewed_at DESC, knowledge_id LIMIT " + MAX_LISTED, args);
    }

    void save(KnowledgeProposal p) {
        warehouse.insertJsonRows(
                io.ticketradar.warehouse.tables.KnowledgeProposals.TABLE,
                List.of(p.warehouseRow(mapper).toString()));
    }

    private List<KnowledgeProposal> read(String sql, List<Object> args) {
        return warehouse.query(sql, args.toArray()).stream()
                .map(KnowledgeProposals::proposal)
                .toList();
    }

    @SuppressWarnings("unchecked")
    private static KnowledgeProposal proposal(Map<String, Object> row) {
        Map<String, Integer> removed = new HashMap<>();
        ((Map<String, Object>) row.get("removed")).forEach((k, v) -> removed.put(k, ((Number) v).intValue()));
        return new KnowledgeProposal(
                (String) row.get("group_id"),
                (String) row.get("tenant_id"),
                (String) row.get("proposal_id"),
                (String) row.get("pattern_id"),
                new KnowledgeProposal.Entry(
                        (String) row.get("knowledge_id"),
                        KnowledgeProposal.Kind.valueOf(((String) row.get("kind")).toUpperCase(Locale.ROOT)),
                        (String) row.get("title"),
                        (String) row.get("fault_code"),
                        (List<String>) row.get("symptoms"),
                        (List<String>) row.get("codes"),
                        (String) row.get("fix"),
                        (List<String>) row.get("parts"),
                        (List<String>) row.get("root_causes")),
                removed,
                (String) row.get("proposed_by"),
                WarehouseValues.instant(row.get("proposed_at")),
                KnowledgeProposal.Status.valueOf(((String) row.get("status")).toUpperCase(Locale.ROOT)),
                (String) row.get("reviewed_by"),
                row.get("reviewed_at") == null ? null : WarehouseValues.instant(row.get("reviewed_at")),
                (String) row.get("review_reason"),
                (Long) row.get("version"));
    }
}
