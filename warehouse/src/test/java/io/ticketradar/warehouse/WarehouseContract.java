package io.ticketradar.warehouse;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link Warehouse} adapter must do, run against each adapter by a subclass. Each test works in fresh
 * databases and drops them afterwards.
 */
public abstract class WarehouseContract {

    private static final Logger LOG = LoggerFactory.getLogger(WarehouseContract.class);

    private final List<Warehouse> opened = new CopyOnWriteArrayList<>();

    /** The config of a warehouse of the adapter under test, in the given (new) database. */
    protected abstract WarehouseConfig config(String database);

    protected Warehouse openEmpty() {
        String database = "contract_"
                + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        Warehouse warehouse = Warehouses.open(config(database));
        opened.add(warehouse);
        return warehouse;
    }

    protected Warehouse openMigrated() {
        Warehouse warehouse = openEmpty();
        warehouse.migrate();
        return warehouse;
    }

    @AfterEach
    void dropDatabases() {
        for (Warehouse warehouse : opened) {
            try {
                warehouse.execute("DROP DATABASE IF EXISTS `" + warehouse.database() + "` SYNC");
            } finally {
                warehouse.close();
            }
        }
        opened.clear();
    }

    // --- migrations ---

    @Test
    void migrationsApplyOnceAndAreRecorded() {
        Warehouse warehouse = openEmpty();
        warehouse.migrate();

        List<Map<String, Object>> history = warehouse.query(
                "SELECT version, name, checksum, applied_at FROM schema_migrations FINAL ORDER BY version");
        assertEquals(1L, history.get(0).get("version"));
        assertEquals("raw_events", history.get(0).get("name"));
        assertEquals(2L, history.get(1).get("version"));
        assertEquals("dead_letters", history.get(1).get("name"));
        assertTrue(((String) history.get(0).get("checksum")).matches("[0-9a-f]{64}"));
        assertTrue(((String) history.get(0).get("applied_at"))
                .matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3}"));
        assertEquals(1L, warehouse.query("EXISTS TABLE ticket_events").get(0).get("result"));
        assertEquals(1L, warehouse.query("EXISTS TABLE dead_letters").get(0).get("result"));

        warehouse.migrate();
        // Not re-applied: no second history row (counted without FINAL, which would hide duplicates).
        assertEquals((long) history.size(), count(warehouse, "SELECT count() AS c FROM schema_migrations"));
    }

    @Test
    void migrationRunsEachStatementOfAFileOnceAndDetectsAChangedFile() {
        Warehouse warehouse = openEmpty();
        String script = """
                -- two statements; the separators inside the literal and the comments are not splits
                CREATE TABLE IF NOT EXISTS notes (id UInt8, text String) ENGINE = MergeTree ORDER BY id;
                /* seed; */ INSERT INTO notes VALUES (1, 'a;b'), (2, 'it''s; fine');
                """;
        Migration original = MigrationCatalog.parse("V900__notes.sql", script, "test");
        assertEquals(1, new Migrator(warehouse, List.of(original)).apply());
        assertEquals(0, new Migrator(warehouse, List.of(original)).apply());
        assertEquals(2L, count(warehouse, "SELECT count() AS c FROM notes"));
        assertEquals(
                "it's; fine",
                warehouse.query("SELECT text FROM notes WHERE id = 2").get(0).get("text"));

        Migration edited = MigrationCatalog.parse("V900__notes.sql", script.replace("'a;b'", "'changed'"), "test");
        WarehouseException e =
                assertThrows(WarehouseException.class, () -> new Migrator(warehouse, List.of(edited)).apply());
        assertTrue(
                e.getMessage().contains("V900__notes") && e.getMessage().contains("changed after it was applied"),
                e.getMessage());
    }

    // --- values and parameters ---

    @Test
    void sessionsInsertSynchronouslyInUtc() {
        Warehouse warehouse = openEmpty();
        // Run on several pooled connections: every one must carry the shared session settings.
        for (int i = 0; i < 4; i++) {
            Map<String, Object> row = warehouse
                    .query("SELECT getSetting('async_insert') AS async_insert, " + "timezone() AS zone")
                    .getFirst();
            assertEquals(Boolean.FALSE, row.get("async_insert"), "async inserts would delay and reject inserts");
            assertEquals("UTC", row.get("zone"));
        }
    }

    @Test
    void insertAndQueryEveryValueType() {
        Warehouse warehouse = openEmpty();
        warehouse.execute("""
                CREATE TABLE every_type (
                  s String, lc LowCardinality(String), i32 Int32, i64 Int64, u64 UInt64, f64 Float64,
                  dec Decimal(10, 2), flag Bool, tags Array(String), counts Map(String, Int32), maybe Nullable(String),
                  ts DateTime64(3, 'UTC'), day Date, pair Tuple(a Int32, b String)
                ) ENGINE = MergeTree ORDER BY s""");
        warehouse.insertJsonRows("every_type", List.of("""
                {"s":"a","lc":"x","i32":-7,"i64":9007199254740993,"u64":18446744073709551615,"f64":1.5,"dec":12.34,\
                "flag":true,"tags":["p","q"],"counts":{"k":3},"maybe":null,"ts":"2026-01-05 09:00:00.123",\
                "day":"2026-01-05","pair":{"a":1,"b":"z"},"not_a_column":"skipped"}"""));

        Map<String, Object> row = warehouse.query("SELECT * FROM every_type").get(0);
        assertEquals(
                List.of(
                        "s", "lc", "i32", "i64", "u64", "f64", "dec", "flag", "tags", "counts", "maybe", "ts", "day",
                        "pair"),
                new ArrayList<>(row.keySet()));
        assertEquals("a", row.get("s"));
        assertEquals("x", row.get("lc"));
        assertEquals(-7L, row.get("i32"));
        assertEquals(9007199254740993L, row.get("i64")); // beyond a double's precision: parsed as a long
        assertEquals(new BigInteger("18446744073709551615"), row.get("u64"));
        assertEquals(1.5, row.get("f64"));
        assertEquals(12.34, row.get("dec"));
        assertEquals(Boolean.TRUE, row.get("flag"));
        assertEquals(List.of("p", "q"), row.get("tags"));
        assertEquals(Map.of("k", 3L), row.get("counts"));
        assertTrue(row.containsKey("maybe"));
        assertNull(row.get("maybe"));
        assertEquals("2026-01-05 09:00:00.123", row.get("ts"));
        assertEquals("2026-01-05", row.get("day"));
        assertEquals(Map.of("a", 1L, "b", "z"), row.get("pair"));
        assertInstanceOf(
                Long.class,
                warehouse.query("SELECT count() AS c FROM every_type").get(0).get("c"));
    }

    @Test
    void parametersRoundTripEveryType() {
        Warehouse warehouse = openEmpty();
        List<Object> values = Arrays.asList(
                "' OR 1=1 --",
                "back\\slash\\",
                "\\'",
                "中文 工单",
                "it's \"quoted\"",
                "line\nbreak\ttab",
                "",
                42,
                9_000_000_000L,
                2.5,
                true,
                false,
                null,
                List.of("a", "b'c"),
                List.of(1, 2));
        List<Object> expected = Arrays.asList(
                "' OR 1=1 --",
                "back\\slash\\",
                "\\'",
                "中文 工单",
                "it's \"quoted\"",
                "line\nbreak\ttab",
                "",
                42L,
                9_000_000_000L,
                2.5,
                true,
                false,
                null,
                List.of("a", "b'c"),
                List.of(1L, 2L));
        for (int i = 0; i < values.size(); i++) {
            assertEquals(
                    expected.get(i),
                    warehouse.query("SELECT ? AS v", values.get(i)).get(0).get("v"),
                    "value " + values.get(i));
        }
        assertEquals(
                "2026-01-05 09:00:00.123",
                warehouse
                        .query("SELECT ? AS v", Instant.parse("2026-01-05T09:00:00.123456Z"))
                        .get(0)
                        .get("v"));
        assertEquals(
                "2026-01-05",
                warehouse
                        .query("SELECT ? AS v", LocalDate.of(2026, 1, 5))
                        .get(0)
                        .get("v"));

        Map<String, Object> mixed = warehouse
                .query("SELECT '?' AS q, ? AS v -- a comment? yes\n", 7)
                .get(0);
        assertEquals("?", mixed.get("q"));
        assertEquals(7L, mixed.get("v"));
        assertThrows(IllegalArgumentException.class, () -> warehouse.query("SELECT ? AS a, ? AS b", 1));
        assertThrows(IllegalArgumentException.class, () -> warehouse.query("SELECT 1 AS a", 1));
    }

    @Test
    void parametersCannotInjectSql() {
        Warehouse warehouse = openEmpty();
        warehouse.execute("CREATE TABLE people (name String) ENGINE = MergeTree ORDER BY name");
        for (String name : List.of("alice", "bob", "' OR 1=1 --", "C:\\temp\\", "王小明")) {
            warehouse.execute("INSERT INTO people VALUES (?)", name);
        }
        assertEquals(
                List.of(Map.of("name", "' OR 1=1 --")),
                warehouse.query("SELECT name FROM people WHERE name = ?", "' OR 1=1 --"));
        assertEquals(List.of(), warehouse.query("SELECT name FROM people WHERE name = ?", "alice' OR '1'='1"));
        assertEquals(List.of(), warehouse.query("SELECT name FROM people WHERE name = ?", "x\\' OR 1=1 --"));
        assertEquals(
                List.of(Map.of("name", "C:\\temp\\")),
                warehouse.query("SELECT name FROM people WHERE name = ?", "C:\\temp\\"));
        assertEquals(List.of(Map.of("name", "王小明")), warehouse.query("SELECT name FROM people WHERE name = ?", "王小明"));
        assertEquals(5L, count(warehouse, "SELECT count() AS c FROM people"));
    }

    // --- idempotence, errors, concurrency, isolation, volume ---

    @Test
    void replayedInsertReadWithFinalCountsOnce() {
        Warehouse warehouse = openMigrated();
        List<String> rows = events("replay", 0, 1_000);
        warehouse.insertJsonRows("ticket_events", rows);
        warehouse.insertJsonRows("ticket_events", rows);
        assertEquals(
                1_000L, count(warehouse, "SELECT count() AS c FROM ticket_events FINAL WHERE tenant_id = ?", "replay"));
    }

    @Test
    void errorsCarryTheEngineMessageAndTheSql() {
        Warehouse warehouse = openEmpty();
        WarehouseException query =
                assertThrows(WarehouseException.class, () -> warehouse.query("SELECT * FROM no_such_table_42"));
        assertTrue(query.engineMessage().contains("no_such_table_42"), query.engineMessage());
        assertTrue(query.engineMessage().contains("UNKNOWN_TABLE"), query.engineMessage());
        assertEquals("SELECT * FROM no_such_table_42", query.sql());

        WarehouseException insert = assertThrows(
                WarehouseException.class,
                () -> warehouse.insertJsonRows("no_such_table_42", List.of("{\"secret\":\"payload\"}")));
        assertTrue(insert.engineMessage().contains("no_such_table_42"), insert.engineMessage());
        assertFalse(insert.getMessage().contains("payload"), "rows stay out of messages: " + insert.getMessage());
        assertThrows(IllegalArgumentException.class, () -> warehouse.insertJsonRows("t; DROP TABLE x", List.of("{}")));
    }

    @Test
    void concurrentWritersAndReadersGetCorrectTotals() throws Exception {
        Warehouse warehouse = openMigrated();
        int threads = 8;
        int rounds = 25;
        int rowsPerRound = 40;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String tenant = "tenant_" + t;
                work.add(pool.submit(() -> {
                    for (int round = 0; round < rounds; round++) {
                        warehouse.insertJsonRows("ticket_events", events(tenant, round * rowsPerRound, rowsPerRound));
                        long seen = count(
                                warehouse, "SELECT count() AS c FROM ticket_events FINAL WHERE tenant_id = ?", tenant);
                        assertEquals((round + 1L) * rowsPerRound, seen, tenant + " after round " + round);
                    }
                    return null;
                }));
            }
            for (Future<?> future : work) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(
                (long) threads * rounds * rowsPerRound,
                count(warehouse, "SELECT count() AS c FROM ticket_events FINAL"));
    }

    @Test
    void warehousesInDifferentDatabasesAreIsolated() {
        Warehouse first = openMigrated();
        Warehouse second = openMigrated();
        assertNotEquals(first.database(), second.database());
        first.insertJsonRows("ticket_events", events("iso", 0, 3));
        assertEquals(3L, count(first, "SELECT count() AS c FROM ticket_events"));
        assertEquals(0L, count(second, "SELECT count() AS c FROM ticket_events"));
        assertEquals(
                first.database(),
                first.query("SELECT currentDatabase() AS d").get(0).get("d"));
        assertEquals(
                second.database(),
                second.query("SELECT currentDatabase() AS d").get(0).get("d"));
    }

    @Test
    void bulkInsertOfAHundredThousandRows() {
        Warehouse warehouse = openMigrated();
        List<String> rows = events("bulk", 0, 100_000);
        long start = System.nanoTime();
        warehouse.insertJsonRows("ticket_events", rows);
        long millis = (System.nanoTime() - start) / 1_000_000;
        LOG.info("{}: inserted 100k events in {} ms", getClass().getSimpleName(), millis);
        assertEquals(
                100_000L, count(warehouse, "SELECT count() AS c FROM ticket_events FINAL WHERE tenant_id = ?", "bulk"));
    }

    // --- helpers ---

    protected static long count(Warehouse warehouse, String sql, Object... args) {
        return (Long) warehouse.query(sql, args).get(0).get("c");
    }

    /** {@code count} raw events of one tenant with event ids {@code first ..}, spread over 50 tickets. */
    protected static List<String> events(String tenant, int first, int count) {
        return IntStream.range(first, first + count)
                .mapToObj(i -> """
                {"tenant_id":"%s","event_id":"e-%d","event_type":"TICKET_CREATED","ticket_id":"T-%d","device_sn":"SN%06d",\
                "ts":"2026-01-05 09:00:00.000","schema_version":1,"payload":"{\\"n\\":%d}","source_topic":"ticket-events",\
                "source_partition":0,"source_offset":%d,"ingested_at":"2026-01-05 09:00:01.000"}""".formatted(tenant, i, i % 50, i, i, i))
                .toList();
    }
}
