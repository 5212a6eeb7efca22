package io.ticketradar.warehouse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Applies versioned migrations to a warehouse's database and records them in {@code schema_migrations}.
 *
 * <p><b>Adding migrations from another module:</b> put {@code V<version>__<name>.sql} into that module's
 * {@code src/main/resources/db/migration/}; {@link MigrationCatalog} finds it on the classpath, from
 * {@code target/classes} or from the module's jar. Versions are global, so each module takes its own range:
 * warehouse 1-99, pipelines 100-199, models 200-299, api 300-399, datasets 400-499. A file may hold several
 * statements separated by {@code ;}. Write them idempotently ({@code IF NOT EXISTS}): ClickHouse DDL is not
 * transactional, so a file that fails halfway is re-run from its start next time.
 *
 * <p>Pending migrations run in ascending version, including one whose version is below an applied one (a module
 * may ship its range later than another); each runs once. An applied migration whose text changed fails loudly,
 * because the database no longer matches the file: add a new migration instead of editing an applied one.
 * Applied versions absent from the classpath are fine (a Flink job jar carries only some modules).
 */
final class Migrator {

    private static final Logger LOG = LoggerFactory.getLogger(Migrator.class);

    // Two warehouses on one database in this process (api and pipelines starting together) must not both apply.
    private static final Map<String, Object> LOCKS = new ConcurrentHashMap<>();

    private static final String CREATE_HISTORY = """
            CREATE TABLE IF NOT EXISTS schema_migrations (
              version UInt32, name String, checksum String, applied_at DateTime64(3, 'UTC')
            ) ENGINE = ReplacingMergeTree
            ORDER BY version""";

    private final Warehouse warehouse;
    private final List<Migration> migrations;

    Migrator(Warehouse warehouse, List<Migration> migrations) {
        this.warehouse = warehouse;
        this.migrations = migrations;
    }

    /** A migrator for every migration the context (else this module's) class loader sees. */
    static Migrator fromClasspath(Warehouse warehouse) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        return new Migrator(
                warehouse, MigrationCatalog.scan(context != null ? context : Migrator.class.getClassLoader()));
    }

    /** Applies the pending migrations; returns how many ran. */
    int apply() {
        synchronized (LOCKS.computeIfAbsent(warehouse.database(), database -> new Object())) {
            warehouse.execute(CREATE_HISTORY);
            Map<Integer, String> applied = appliedChecksums();
            int ran = 0;
            for (Migration migration : migrations) {
                String checksum = migration.checksum();
                String recorded = applied.get(migration.version());
                if (recorded == null) {
                    run(migration, checksum);
                    ran++;
                } else if (!recorded.equals(checksum)) {
                    throw new WarehouseException(
                            "migration " + migration.label() + " (" + migration.source()
                                    + ") changed after it was applied to database " + warehouse.database()
                                    + ": recorded checksum " + recorded + ", file has " + checksum
                                    + ". Restore the file and add a new migration instead.",
                            null);
                }
            }
            LOG.info(
                    "database {}: {} migration(s) applied, {} already present",
                    warehouse.database(),
                    ran,
                    migrations.size() - ran);
            return ran;
        }
    }

    private Map<Integer, String> appliedChecksums() {
        Map<Integer, String> applied = new HashMap<>();
        for (Map<String, Object> row : warehouse.query("SELECT version, checksum FROM schema_migrations FINAL")) {
            applied.put(((Number) row.get("version")).intValue(), (String) row.get("checksum"));
        }
        return applied;
    }

    private void run(Migration migration, String checksum) {
        long start = System.nanoTime();
        for (String statement : migration.statements()) {
            warehouse.execute(statement);
        }
        warehouse.execute(
                "INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, now64(3))",
                migration.version(),
                migration.name(),
                checksum);
        LOG.info(
                "database {}: applied migration {} ({} ms)",
                warehouse.database(),
                migration.label(),
                (System.nanoTime() - start) / 1_000_000);
    }
}
