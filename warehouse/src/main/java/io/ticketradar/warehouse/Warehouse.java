package io.ticketradar.warehouse;

import java.util.List;
import java.util.Map;

/**
 * The port to the ClickHouse warehouse. Two adapters run the same SQL: the embedded engine (chDB,
 * in-process) and a ClickHouse server (JDBC driver's HTTP client). Open one through {@link Warehouses#open}.
 *
 * <p>SQL is written unqualified; the adapter runs it in {@link #database()}. Do not issue {@code USE}:
 * each adapter pins its sessions to its database. Session settings are the same on both adapters:
 * {@code session_timezone='UTC'}, {@code date_time_output_format='simple'} and unquoted 64-bit integers in
 * JSON output.
 *
 * <p>Parameters are {@code ?} placeholders outside string literals, identifiers and comments, rendered
 * client-side as ClickHouse literals by {@link SqlLiterals} (so both adapters bind them the same way). The
 * number of placeholders must equal the number of arguments, else {@link IllegalArgumentException}; a
 * consequence is that the ternary operator {@code c ? a : b} cannot be used: write {@code if(c, a, b)}.
 *
 * <p>Engine errors surface as {@link WarehouseException} (carrying the SQL, truncated, and the engine's
 * message). Implementations are safe to use from several threads.
 */
public interface Warehouse extends AutoCloseable {

    /** The database every statement of this warehouse runs in (created when the warehouse opens). */
    String database();

    /**
     * Applies the versioned migrations not yet applied in {@link #database()}: every classpath resource
     * {@code db/migration/V<digits>__<name>.sql}, from directories ({@code target/classes}) and jars alike, in
     * ascending version order, each once, recorded in {@code schema_migrations} (version, name, checksum,
     * applied_at). A migration whose text changed after it was applied fails with a {@link WarehouseException}.
     *
     * <p>Another module adds tables by putting {@code V<version>__<name>.sql} into its own
     * {@code src/main/resources/db/migration/}; no index file, nothing to register. Versions are global, so each
     * module keeps to its range: warehouse 1-99, pipelines 100-199, models 200-299, api 300-399, datasets 400-499.
     * A file may hold several statements separated by {@code ;}; write them idempotently ({@code IF NOT EXISTS}),
     * since ClickHouse DDL is not transactional and a file that failed halfway runs again from its start.
     */
    void migrate();

    /** Runs a statement that returns no rows (DDL, INSERT ... SELECT, OPTIMIZE). One statement per call. */
    void execute(String sql, Object... args);

    /**
     * Inserts rows given as JSON objects (one per element, JSONEachRow), in statements of at most 10,000 rows.
     * Unknown fields are skipped. Idempotence comes from the table engine (ReplacingMergeTree keys), so a
     * replayed batch never double-counts in queries that read with FINAL.
     *
     * @param table a plain or database-qualified table name ({@code ticket_events}, {@code db.t})
     */
    void insertJsonRows(String table, List<String> jsonRows);

    /**
     * Runs a query; each row maps column name (in select order) to a JSON-natural value: {@link String},
     * {@link Long} (every integer type; {@link java.math.BigInteger} only beyond the range of long),
     * {@link Double} (floats and decimals; NaN and infinities become null), {@link Boolean}, {@link List}
     * (arrays, unnamed tuples), {@link Map} (maps, named tuples) or null. Dates, DateTime and DateTime64 come
     * as strings in the column's time zone, like {@code 2026-01-05} and {@code 2026-01-05 09:00:00.000}.
     * Do not add a FORMAT clause.
     */
    List<Map<String, Object>> query(String sql, Object... args);

    /** Releases connections (waiting for running statements); using the warehouse afterwards throws {@link IllegalStateException}. */
    @Override
    void close();
}
