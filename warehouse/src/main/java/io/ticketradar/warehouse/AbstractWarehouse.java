package io.ticketradar.warehouse;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What both adapters share: parameter binding, batching of inserts, result parsing and migrations. An adapter
 * only moves finished SQL text to its engine. Public because the embedded adapter lives in another package
 * (compiled separately, for Java 25); not meant for callers.
 */
public abstract class AbstractWarehouse implements Warehouse {

    /** Rows per INSERT statement: large enough for throughput (92k rows/s at 10k measured embedded), bounded memory. */
    static final int INSERT_BATCH_ROWS = 10_000;
    /** Characters per INSERT statement, so a batch of very wide rows stays bounded too. */
    static final int INSERT_BATCH_CHARS = 32 * 1024 * 1024;

    private static final Pattern TABLE = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)?");

    private final String database;

    protected AbstractWarehouse(String database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public final String database() {
        return database;
    }

    @Override
    public final void migrate() {
        Migrator.fromClasspath(this).apply();
    }

    @Override
    public final void execute(String sql, Object... args) {
        runStatement(SqlLiterals.bind(sql, args));
    }

    @Override
    public final List<Map<String, Object>> query(String sql, Object... args) {
        return runQuery(SqlLiterals.bind(sql, args));
    }

    @Override
    public final void insertJsonRows(String table, List<String> jsonRows) {
        // The table name is the one piece of an insert that is not data: keep it an identifier.
        if (table == null || !TABLE.matcher(table).matches()) {
            throw new IllegalArgumentException("not a table name: " + table);
        }
        StringBuilder batch = new StringBuilder();
        int rows = 0;
        for (String row : jsonRows) {
            if (row == null) {
                throw new IllegalArgumentException("null row in an insert into " + table);
            }
            batch.append(row).append('\n');
            if (++rows == INSERT_BATCH_ROWS || batch.length() >= INSERT_BATCH_CHARS) {
                runInsert(table, batch.toString(), rows);
                batch.setLength(0);
                rows = 0;
            }
        }
        if (rows > 0) {
            runInsert(table, batch.toString(), rows);
        }
    }

    /** Runs one bound statement in {@link #database()}, discarding any output. */
    protected abstract void runStatement(String sql);

    /** Runs one bound query in {@link #database()} as JSONEachRow with {@link JsonRows#SESSION_SETTINGS}; parses it with {@link JsonRows}. */
    protected abstract List<Map<String, Object>> runQuery(String sql);

    /**
     * Inserts newline-separated JSONEachRow rows into a table of {@link #database()}, skipping unknown fields.
     *
     * @param rowCount for messages
     */
    protected abstract void runInsert(String table, String jsonEachRow, int rowCount);
}
