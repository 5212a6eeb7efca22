package io.ticketradar.warehouse;

import java.util.List;
import java.util.Map;

/**
 * The port to the ClickHouse warehouse. Two adapters run the same SQL: the embedded engine (chDB,
 * in-process) and a ClickHouse server (JDBC). Open one through {@link Warehouses#open}.
 *
 * <p>SQL is written unqualified; the adapter runs it in {@link #database()}. Parameters are
 * {@code ?} placeholders rendered as ClickHouse literals (strings escaped), so both adapters bind
 * them the same way. Implementations are safe to use from several threads.
 */
public interface Warehouse extends AutoCloseable {

    /** The database every statement of this warehouse runs in. */
    String database();

    /** Applies the versioned migrations not yet applied (classpath {@code db/migration/V*.sql}). */
    void migrate();

    /** Runs a statement that returns no rows (DDL, INSERT ... SELECT, OPTIMIZE). */
    void execute(String sql, Object... args);

    /**
     * Inserts rows given as JSON objects (one per element, JSONEachRow). Unknown fields are skipped.
     * Idempotence comes from the table engine (ReplacingMergeTree keys), so a replayed batch never
     * double-counts in queries that read with FINAL.
     */
    void insertJsonRows(String table, List<String> jsonRows);

    /** Runs a query; each row maps column name to a JSON-natural value (String, Long, Double, Boolean, List, null). */
    List<Map<String, Object>> query(String sql, Object... args);

    @Override
    void close();
}
