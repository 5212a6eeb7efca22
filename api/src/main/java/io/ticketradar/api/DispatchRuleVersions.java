package io.ticketradar.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.ticketradar.warehouse.SqlLiterals;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.DispatchRules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The adopted versions of each tenant's dispatch rules, in {@code dispatch_rules}; the highest is in force. */
final class DispatchRuleVersions {

    private static final String VERSION = """
            SELECT version, rules, adopted_at, adopted_by FROM %s FINAL
            WHERE tenant_id = ? AND version = ?""".formatted(DispatchRules.TABLE);
    private static final String CURRENT = """
            SELECT version, rules, adopted_at, adopted_by FROM %s FINAL
            WHERE tenant_id = ? ORDER BY version DESC LIMIT 1""".formatted(DispatchRules.TABLE);

    private final Warehouse warehouse;
    private final ObjectMapper mapper;

    DispatchRuleVersions(Warehouse warehouse, ObjectMapper mapper) {
        this.warehouse = warehouse;
        this.mapper = mapper;
    }

    /** The set in force as answered: tenant, version, when and by whom adopted, then the rules and streak. */
    Optional<ObjectNode> current(String tenantId) {
        return first(tenantId, warehouse.query(CURRENT, tenantId));
    }

    /** Version {@code version} as answered, in force or not. */
    Optional<ObjectNode> version(String tenantId, long version) {
        return first(tenantId, warehouse.query(VERSION, tenantId, version));
    }

    private Optional<ObjectNode> first(String tenantId, List<Map<String, Object>> rows) {
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        Map<String, Object> row = rows.getFirst();
        return Optional.of(view(
                tenantId,
                (Long) row.get("version"),
                WarehouseValues.instant(row.get("adopted_at")),
                (String) row.get("adopted_by"),
                (String) row.get("rules")));
    }

    /** The version in force, 0 before the first. */
    long currentVersion(String tenantId) {
        return current(tenantId).map(v -> v.get("version").asLong()).orElse(0L);
    }

    ObjectNode save(String tenantId, long version, String rules, Instant at, String by) {
        ObjectNode row = JsonNodeFactory.instance
                .objectNode()
                .put(DispatchRules.TENANT_ID, tenantId)
                .put(DispatchRules.VERSION, version)
                .put(DispatchRules.RULES, rules)
                .put(DispatchRules.ADOPTED_AT, SqlLiterals.dateTime64Text(at))
                .put(DispatchRules.ADOPTED_BY, by);
        warehouse.insertJsonRows(DispatchRules.TABLE, List.of(row.toString()));
        return view(tenantId, version, at, by, rules);
    }

    private ObjectNode view(String tenantId, long version, Instant at, String by, String rules) {
        ObjectNode node = mapper.createObjectNode()
                .put("tenant_id", tenantId)
                .put("version", version)
                .put("adopted_at", at.toString())
                .put("adopted_by", by);
        try {
            JsonNode body = mapper.readTree(rules);
            node.setAll((ObjectNode) body);
        } catch (IOException e) {
            throw new UncheckedIOException("stored dispatch rules of " + tenantId + " are not JSON", e);
        }
        return node;
    }
}
