package io.ticketradar.warehouse.testing;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.WarehouseConfig;
import io.ticketradar.warehouse.Warehouses;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Isolated embedded warehouses for tests, in any module (shipped in the warehouse test-jar).
 *
 * <p>chDB serves one storage path per process, so every test warehouse of a JVM lives on one shared path,
 * {@code <java.io.tmpdir>/ticketradar-test-warehouse-<pid>}, each in a fresh database; closing one drops its
 * database. Safe to call from tests running concurrently. A test must not open an embedded warehouse on another
 * path while one of these is open. Directories left by earlier test JVMs that are no longer running are removed
 * on first use (not at exit: the engine may still be writing while the JVM shuts down).
 *
 * <pre>{@code
 * try (Warehouse warehouse = TestWarehouses.open()) {
 *     warehouse.insertJsonRows("ticket_events", rows);
 * }
 * }</pre>
 */
public final class TestWarehouses {

    private static final String PREFIX = "ticketradar-test-warehouse-";
    private static final Path PATH = prepare();
    private static final AtomicInteger COUNTER = new AtomicInteger();

    private TestWarehouses() {}

    /** A migrated embedded warehouse in a fresh database; closing it drops the database. */
    public static Warehouse open() {
        Warehouse warehouse = openEmpty();
        try {
            warehouse.migrate();
            return warehouse;
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
    }

    /** Like {@link #open()} but without migrations: for tests of migrations themselves. */
    public static Warehouse openEmpty() {
        return new DroppingWarehouse(Warehouses.open(config(uniqueDatabase())));
    }

    /** The config of an embedded warehouse on the shared test path; the caller owns the database. */
    public static WarehouseConfig config(String database) {
        return WarehouseConfig.embedded(PATH.toString()).withDatabase(database);
    }

    /** A database name no other test of this JVM uses. */
    public static String uniqueDatabase() {
        return "test_" + COUNTER.incrementAndGet() + "_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    private static Path prepare() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        long pid = ProcessHandle.current().pid();
        try (Stream<Path> entries = Files.list(tmp)) {
            entries.filter(entry -> entry.getFileName().toString().startsWith(PREFIX))
                    .filter(entry -> ownerGone(entry.getFileName().toString().substring(PREFIX.length()), pid))
                    .forEach(TestWarehouses::deleteQuietly);
            Path path = tmp.resolve(PREFIX + pid);
            deleteQuietly(path); // a directory left by an earlier process that had our pid
            return Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the test warehouse directory under " + tmp, e);
        }
    }

    private static boolean ownerGone(String suffix, long ownPid) {
        try {
            long pid = Long.parseLong(suffix);
            return pid != ownPid && ProcessHandle.of(pid).isEmpty();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> tree = Files.walk(root)) {
            tree.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover temp directory is harmless.
        }
    }

    /** Drops its database on close, so test data never accumulates on the shared path. */
    private static final class DroppingWarehouse implements Warehouse {

        private final Warehouse delegate;
        private final AtomicBoolean closed = new AtomicBoolean();

        DroppingWarehouse(Warehouse delegate) {
            this.delegate = delegate;
        }

        @Override
        public String database() {
            return delegate.database();
        }

        @Override
        public void migrate() {
            delegate.migrate();
        }

        @Override
        public void execute(String sql, Object... args) {
            delegate.execute(sql, args);
        }

        @Override
        public void insertJsonRows(String table, List<String> jsonRows) {
            delegate.insertJsonRows(table, jsonRows);
        }

        @Override
        public List<Map<String, Object>> query(String sql, Object... args) {
            return delegate.query(sql, args);
        }

        @Override
        public void close() {
            if (!closed.compareAndSet(false, true)) {
                return;
            }
            try {
                delegate.execute("DROP DATABASE IF EXISTS `" + delegate.database() + "` SYNC");
            } finally {
                delegate.close();
            }
        }
    }
}
