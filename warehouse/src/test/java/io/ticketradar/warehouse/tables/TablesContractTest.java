package io.ticketradar.warehouse.tables;

import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.testing.TestWarehouses;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The contract classes name exactly the tables and columns the migrations create in the embedded engine. */
class TablesContractTest {

    private static Warehouse warehouse;

    @BeforeAll
    static void migrate() {
        warehouse = TestWarehouses.open();
    }

    @AfterAll
    static void close() {
        warehouse.close();
    }

    @Test
    void everyDeclaredTableAndColumnIsInTheMigratedSchemaAndNoMore() {
        Map<String, TreeSet<String>> migrated = migratedColumns();
        Map<String, TreeSet<String>> declared = new TreeMap<>();
        for (Class<?> table : Tables.ALL) {
            declared.put(tableName(table), columns(table));
        }
        assertEquals(migrated.keySet(), declared.keySet(), "every migrated table has one contract class in Tables.ALL");
        declared.forEach((table, columns) ->
                assertEquals(migrated.get(table), columns, "the columns of " + table + " as declared and as migrated"));
    }

    @Test
    void eachColumnConstantIsItsColumnsNameInUpperCase() {
        for (Class<?> table : Tables.ALL) {
            for (Field f : columnFields(table)) {
                assertEquals(f.getName().toLowerCase(java.util.Locale.ROOT), value(f), table.getSimpleName());
            }
        }
    }

    @Test
    void theHeatmapAxesNameTicketFactColumns() {
        TreeSet<String> facts = columns(TicketFacts.class);
        for (HeatmapAxis axis : HeatmapAxis.values()) {
            assertTrue(facts.contains(axis.factColumn()), axis + " reads " + axis.factColumn());
        }
    }

    private static Map<String, TreeSet<String>> migratedColumns() {
        Map<String, TreeSet<String>> tables = new TreeMap<>();
        for (Map<String, Object> row : warehouse.query(
                "SELECT table, name FROM system.columns WHERE database = ? AND table != ?",
                warehouse.database(),
                "schema_migrations")) {
            tables.computeIfAbsent((String) row.get("table"), t -> new TreeSet<>())
                    .add((String) row.get("name"));
        }
        return tables;
    }

    private static String tableName(Class<?> table) {
        try {
            return value(table.getField("TABLE"));
        } catch (NoSuchFieldException e) {
            throw new AssertionError(table + " declares no TABLE", e);
        }
    }

    private static TreeSet<String> columns(Class<?> table) {
        TreeSet<String> columns = new TreeSet<>();
        columnFields(table).forEach(f -> columns.add(value(f)));
        return columns;
    }

    private static List<Field> columnFields(Class<?> table) {
        List<Field> fields = new ArrayList<>();
        for (Field f : table.getFields()) { // public, with those a table shares through its superclass
            int m = f.getModifiers();
            if (Modifier.isPublic(m)
                    && Modifier.isStatic(m)
                    && f.getType() == String.class
                    && !f.getName().equals("TABLE")) {
                fields.add(f);
            }
        }
        return fields;
    }

    private static String value(Field f) {
        try {
            return (String) f.get(null);
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }
}
