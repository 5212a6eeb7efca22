package io.ticketradar.warehouse;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WarehouseConfigTest {

    @Test
    void defaultsRunTheEmbeddedEngine() {
        WarehouseConfig config = WarehouseConfig.embedded();
        assertEquals(WarehouseConfig.Kind.EMBEDDED, config.kind());
        assertEquals("./data/warehouse", config.embeddedPath());
        assertEquals("ticketradar", config.database());
    }

    @Test
    void travelsToFlinkSubtasksBySerialization() throws IOException, ClassNotFoundException {
        WarehouseConfig config =
                WarehouseConfig.server("http://ch:8123", "writer", "s3cret").withDatabase("tenant_a");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(config);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertEquals(config, in.readObject());
        }
    }

    @Test
    void neverPrintsThePassword() {
        String printed =
                WarehouseConfig.server("http://ch:8123", "writer", "s3cret").toString();
        assertFalse(printed.contains("s3cret"), printed);
        assertTrue(printed.contains("http://ch:8123"), printed);
    }

    @Test
    void rejectsDatabaseNamesThatAreNotIdentifiers() {
        assertThrows(
                IllegalArgumentException.class, () -> WarehouseConfig.embedded().withDatabase("a`; DROP"));
        assertThrows(
                IllegalArgumentException.class, () -> WarehouseConfig.embedded().withDatabase("1abc"));
        assertThrows(IllegalArgumentException.class, () -> WarehouseConfig.server(" ", null, null));
    }

    @Test
    void anUnreachableServerFailsWithAWarehouseException() {
        WarehouseException e = assertThrows(
                WarehouseException.class,
                () -> Warehouses.open(WarehouseConfig.server("http://127.0.0.1:1", null, null)));
        assertTrue(e.sql().startsWith("CREATE DATABASE IF NOT EXISTS"), e.sql());
    }
}
