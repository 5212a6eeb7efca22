package io.ticketradar.warehouse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ticketradar.warehouse.testing.TestWarehouses;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The contract on the embedded engine, plus what only an in-process engine can get wrong. */
class EmbeddedWarehouseContractTest extends WarehouseContract {

    @Override
    protected WarehouseConfig config(String database) {
        return TestWarehouses.config(database);
    }

    @Test
    void aSecondStoragePathIsRefusedWhileOneIsOpen(@TempDir Path elsewhere) {
        Warehouse open = openEmpty();
        WarehouseException e = assertThrows(WarehouseException.class,
                () -> Warehouses.open(WarehouseConfig.embedded(elsewhere.toString())));
        assertTrue(e.getMessage().contains("one storage path per process"), e.getMessage());
        assertEquals(1L, open.query("SELECT 1 AS one").get(0).get("one")); // the open one is unharmed
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
