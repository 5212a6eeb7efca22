package io.ticketradar.warehouse.embedded;

import io.ticketradar.warehouse.AbstractWarehouse;
import io.ticketradar.warehouse.JsonRows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The warehouse in-process, on chDB. Each connection of its pool is pinned to the warehouse's database with
 * {@code USE} when it opens (chDB keeps the current database per connection), so unqualified SQL always lands in
 * the right database, whatever other warehouses on the same engine use.
 */
final class EmbeddedWarehouse extends AbstractWarehouse {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedWarehouse.class);

    // Enough for sink subtasks writing while API threads read; a long query never blocks every writer.
    static final int POOL_SIZE = 4;

    private final EmbeddedEngine engine;
    private final ConnectionPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();

    EmbeddedWarehouse(EmbeddedEngine engine, String database) {
        super(database);
        this.engine = engine;
        this.pool = new ConnectionPool(POOL_SIZE, this::openConnection);
        long start = System.nanoTime();
        pool.withConnection(connection -> null); // creates the database now, so errors surface at open
        LOG.info(
                "embedded warehouse open: path={} database={} ({} ms)",
                engine.path(),
                database,
                (System.nanoTime() - start) / 1_000_000);
    }

    private ChdbConnection openConnection() {
        ChdbConnection connection = engine.connect();
        try {
            connection.run("CREATE DATABASE IF NOT EXISTS `" + database() + "`");
            connection.run("USE `" + database() + "`");
            return connection;
        } catch (RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    @Override
    protected void runStatement(String sql) {
        pool.withConnection(connection -> connection.run(sql));
    }

    @Override
    protected List<Map<String, Object>> runQuery(String sql) {
        byte[] jsonEachRow = pool.withConnection(connection -> connection.run(sql));
        return JsonRows.parse(jsonEachRow, sql);
    }

    @Override
    protected void runInsert(String table, String jsonEachRow, int rowCount) {
        // The rows follow the statement, so they are not bound by max_query_size (which would cap inlined rows).
        String statement = "INSERT INTO " + table + " SETTINGS input_format_skip_unknown_fields=1 FORMAT JSONEachRow";
        pool.withConnection(
                connection -> connection.run(statement + "\n" + jsonEachRow, statement + " -- " + rowCount + " rows"));
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            try {
                pool.close();
            } finally {
                engine.release();
            }
            LOG.debug("embedded warehouse closed: path={} database={}", engine.path(), database());
        }
    }
}
