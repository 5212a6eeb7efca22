package io.ticketradar.app.patterns;

import io.ticketradar.events.Decoded;
import io.ticketradar.events.Event;
import io.ticketradar.events.EventCodec;
import io.ticketradar.events.EventType;
import io.ticketradar.warehouse.Warehouse;
import io.ticketradar.warehouse.tables.TicketEvents;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One tenant's events as ingest stored them in the warehouse's raw table {@code ticket_events} (every valid event,
 * master data included), read back in event-time order. Only this tenant's rows are ever read: every query is
 * filtered on {@code tenant_id}.
 */
final class TenantHistory {

    /** Master data a device or a code keeps until something replaces it: read however old it is. */
    static final List<String> MASTER_DATA = List.of(EventType.DEVICE_REGISTERED.name(), EventType.CODE_DEFINED.name());
    /** Read a week at a time: memory follows a week of events, not the whole period. */
    private static final Duration PAGE = Duration.ofDays(7);

    private static final String SPAN = "SELECT count() AS events, min(ts) AS first, max(ts) AS last FROM "
            + TicketEvents.TABLE + " WHERE tenant_id = ?";
    private static final String MASTER_DATA_BEFORE = """
            SELECT payload FROM %s FINAL
            WHERE tenant_id = ? AND ts < ? AND has(?, toString(event_type))
            ORDER BY ts, event_id""".formatted(TicketEvents.TABLE);
    private static final String BETWEEN = """
            SELECT payload FROM %s FINAL
            WHERE tenant_id = ? AND ts >= ? AND ts < ?
            ORDER BY ts, event_id""".formatted(TicketEvents.TABLE);

    private final Warehouse warehouse;
    private final String tenant;
    private final EventCodec codec = new EventCodec();

    TenantHistory(Warehouse warehouse, String tenant) {
        this.warehouse = warehouse;
        this.tenant = tenant;
    }

    /** The first and last event time of the tenant's events, empty when the warehouse has none of them. */
    Optional<Span> span() {
        Map<String, Object> row = warehouse.query(SPAN, tenant).getFirst();
        if ((Long) row.get("events") == 0) {
            return Optional.empty();
        }
        return Optional.of(new Span((Long) row.get("events"), (String) row.get("first"), (String) row.get("last")));
    }

    /** @param first and {@code last} as the warehouse prints them, UTC */
    record Span(long events, String first, String last) {}

    /**
     * Hands every event of {@code [from, to)} to {@code sink} in event-time order, preceded by the master data stored
     * before {@code from}, and says how many of each it handed over.
     */
    Replayed replay(Instant from, Instant to, Consumer<Event> sink) {
        long masterData = feed(warehouse.query(MASTER_DATA_BEFORE, tenant, from, MASTER_DATA), sink);
        long events = 0;
        for (Instant start = from; start.isBefore(to); start = start.plus(PAGE)) {
            Instant end = start.plus(PAGE).isBefore(to) ? start.plus(PAGE) : to;
            events += feed(warehouse.query(BETWEEN, tenant, start, end), sink);
        }
        return new Replayed(masterData, events);
    }

    /**
     * @param earlierMasterData master data from before the period
     * @param events            events of the period
     */
    record Replayed(long earlierMasterData, long events) {}

    private long feed(List<Map<String, Object>> rows, Consumer<Event> sink) {
        long count = 0;
        for (Map<String, Object> row : rows) {
            // ingest stored only events that decoded; one that no longer does is skipped as ingest would skip it
            if (codec.decode((String) row.get("payload")) instanceof Decoded.Valid valid) {
                sink.accept(valid.event());
                count++;
            }
        }
        return count;
    }
}
