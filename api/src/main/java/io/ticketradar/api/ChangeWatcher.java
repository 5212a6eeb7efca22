package io.ticketradar.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.ticketradar.warehouse.Warehouse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Notices new rows in the {@link WatchedTable}s and appends one {@link StreamLog} event per tenant and table that
 * changed. One watcher serves every open stream, so the warehouse sees the same few queries however many wall
 * screens are open:
 * <ol>
 *   <li>every poll, one metadata query: the highest insert block number of each table's active parts, which grows
 *       with every insert and never with a merge;</li>
 *   <li>only for the tables that got an insert, one query per table over all tenants: each tenant's newest as-of,
 *       highest version and row count. A tenant whose as-of or version rose, or that has more rows, changed (a
 *       count that fell is a merge: remembered, not announced).</li>
 * </ol>
 * The first poll only takes note of what is there.
 */
final class ChangeWatcher implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ChangeWatcher.class);
    private static final String BLOCKS = """
            SELECT table, max(max_block_number) AS block FROM system.parts
            WHERE database = ? AND active AND has(?, table)
            GROUP BY table""";

    /** What a tenant's rows of a table looked like at the last poll. */
    private record Signature(String asOf, long version, long rows) {

        boolean advancedFrom(Signature before) {
            return before == null || asOf.compareTo(before.asOf) > 0 || version > before.version || rows > before.rows;
        }
    }

    private final Warehouse warehouse;
    private final StreamLog log;
    private final Duration interval;
    private final ObjectMapper mapper = new ObjectMapper();
    private final List<String> tables =
            WatchedTable.ALL.stream().map(WatchedTable::table).toList();
    private final Map<String, Long> blocks = new HashMap<>();
    private final Map<WatchedTable, Map<String, Signature>> signatures = new HashMap<>();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "ticketradar-stream-watcher");
        thread.setDaemon(true);
        return thread;
    });
    private boolean primed;
    private boolean failing;

    ChangeWatcher(Warehouse warehouse, StreamLog log, Duration interval) {
        this.warehouse = warehouse;
        this.log = log;
        this.interval = interval;
    }

    void start() {
        long millis = interval.toMillis();
        scheduler.scheduleWithFixedDelay(this::pollQuietly, 0, millis, TimeUnit.MILLISECONDS);
    }

    private void pollQuietly() {
        try {
            poll();
            if (failing) {
                LOG.info("the stream watcher reads the warehouse again");
                failing = false;
            }
        } catch (RuntimeException e) {
            if (!failing) { // once per outage, not every few hundred milliseconds
                LOG.warn("the stream watcher cannot read the warehouse, retrying: {}", e.getMessage());
                failing = true;
            }
        }
    }

    /** One look at the tables; package-private so tests can drive it without waiting. */
    void poll() {
        for (Map<String, Object> row : warehouse.query(BLOCKS, warehouse.database(), tables)) {
            String table = (String) row.get("table");
            long block = ((Number) row.get("block")).longValue();
            Long before = blocks.put(table, block);
            if (before == null || block != before) {
                WatchedTable.ALL.stream()
                        .filter(watched -> watched.table().equals(table))
                        .forEach(this::compare);
            }
        }
        primed = true;
    }

    private void compare(WatchedTable watched) {
        Map<String, Signature> known = signatures.computeIfAbsent(watched, w -> new HashMap<>());
        for (Map<String, Object> row : warehouse.query(watched.signatureQuery())) {
            String tenant = (String) row.get("tenant_id");
            Signature now = new Signature(
                    (String) row.get("as_of"),
                    ((Number) row.get("version")).longValue(),
                    ((Number) row.get("n")).longValue());
            Signature before = known.put(tenant, now);
            if (primed && now.advancedFrom(before)) {
                log.append(tenant, watched.event(), body(watched, now));
            }
        }
    }

    private String body(WatchedTable watched, Signature now) {
        var body = mapper.createObjectNode()
                .put("table", watched.table())
                .put("as_of", WarehouseValues.utcInstant(now.asOf()));
        if (watched.versionColumn() != null) {
            body.put("version", now.version());
        }
        return body.toString();
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
