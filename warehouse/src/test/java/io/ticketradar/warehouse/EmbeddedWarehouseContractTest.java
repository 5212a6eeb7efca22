package io.ticketradar.warehouse;

import io.ticketradar.warehouse.testing.TestWarehouses;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract on the embedded engine, plus what only an in-process engine can get wrong. */
class EmbeddedWarehouseContractTest extends WarehouseContract {

    @Override
    protected WarehouseConfig config(String database) {
        return TestWarehouses.config(database);
    }

    @Test
    void theEngineNeverReadsStandardInputAsInsertData() throws Exception {
        // clickhouse-local inside chDB takes a piped fd 0 as INSERT data; the adapter points it at /dev/null.
        Warehouse warehouse = openMigrated();
        Path fd0 = Path.of("/proc/self/fd/0");
        Assumptions.assumeTrue(Files.exists(fd0, LinkOption.NOFOLLOW_LINKS), "needs /proc to see what fd 0 is");
        String stdin = Files.readSymbolicLink(fd0).toString();
        assertFalse(
                stdin.startsWith("pipe:"),
                "a piped standard input is pointed at /dev/null, not left to the engine: " + stdin);
        warehouse.execute("INSERT INTO ticket_events (tenant_id, event_id) VALUES ('t', 'e1')");
        assertEquals(1L, count(warehouse, "SELECT count() AS c FROM ticket_events"));
    }

    @Test
    void aSecondStoragePathIsRefusedWhileOneIsOpen(@TempDir Path elsewhere) {
        Warehouse open = openEmpty();
        WarehouseException e = assertThrows(
                WarehouseException.class, () -> Warehouses.open(WarehouseConfig.embedded(elsewhere.toString())));
        assertTrue(e.getMessage().contains("one storage path per process"), e.getMessage());
        assertEquals(1L, open.query("SELECT 1 AS one").get(0).get("one")); // the open one is unharmed
    }

    @Test
    void testWarehousesOpenConcurrentlyFromManyThreads() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(6);
        try {
            List<Future<Long>> counts = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int rows = i + 1;
                counts.add(threads.submit(() -> {
                    try (Warehouse warehouse = TestWarehouses.open()) {
                        warehouse.insertJsonRows("ticket_events", events("t", 0, rows));
                        return count(warehouse, "SELECT count() AS c FROM ticket_events FINAL");
                    }
                }));
            }
            for (int i = 0; i < counts.size(); i++) {
                assertEquals(i + 1L, counts.get(i).get());
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void testWarehousesAreMigratedAndDropTheirDatabaseOnClose() {
        Warehouse probe = openEmpty();
        String database;
        try (Warehouse warehouse = TestWarehouses.open()) {
            database = warehouse.database();
            assertEquals(0L, count(warehouse, "SELECT count() AS c FROM ticket_events"));
        }
        assertEquals(0L, count(probe, "SELECT count() AS c FROM system.databases WHERE name = ?", database));
    }
}
