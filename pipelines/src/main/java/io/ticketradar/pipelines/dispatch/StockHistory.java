package io.ticketradar.pipelines.dispatch;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A tenant's parts stock through event time: each depot's level from each change on. A ticket is checked against the
 * stock of its own time, because master data need not arrive in step with tickets: a replayed history or a backfill
 * reads its small master-data topic far ahead of its ticket events, and the stock of the end of the history would
 * otherwise judge every ticket of it.
 */
final class StockHistory {

    /** How far back a depot's levels are kept before its newest change: beyond any lag between the two topics. */
    static final Duration KEPT = Duration.ofDays(120);

    /** A level from an instant on, as the dispatcher receives it (from PART_STOCKED). */
    record Change(String partNo, String depotId, int quantity, long at) {

        String key() {
            return partNo + '\u0000' + depotId;
        }
    }

    /** By part, then depot: the level from each change's time on. */
    private final Map<String, Map<String, NavigableMap<Long, Integer>>> levels = new HashMap<>();

    /** Adds a change and forgets the levels that no ticket will ask for again. */
    NavigableMap<Long, Integer> record(Change change) {
        NavigableMap<Long, Integer> depot = levels.computeIfAbsent(change.partNo(), p -> new HashMap<>())
                .computeIfAbsent(change.depotId(), d -> new TreeMap<>());
        depot.put(change.at(), change.quantity());
        Long stillAsked = depot.floorKey(depot.lastKey() - KEPT.toMillis());
        if (stillAsked != null) {
            depot.headMap(stillAsked, false).clear();
        }
        return depot;
    }

    /** A depot's levels as read back from state. */
    void restore(String partNo, String depotId, NavigableMap<Long, Integer> depotLevels) {
        levels.computeIfAbsent(partNo, p -> new HashMap<>()).put(depotId, depotLevels);
    }

    /**
     * Units of the part over all depots at the instant. Before a depot's first known level that level applies: master
     * data loaded today and a history replayed after it is the best anyone knows of that history's stock.
     */
    long unitsAt(String partNo, long at) {
        long units = 0;
        for (NavigableMap<Long, Integer> depot :
                levels.getOrDefault(partNo, Map.of()).values()) {
            Map.Entry<Long, Integer> level = depot.floorEntry(at);
            units += (level == null ? depot.firstEntry() : level).getValue();
        }
        return units;
    }

    /** A depot's levels as one state value: {@code at:quantity} pairs, comma-separated, in time order. */
    static String encode(NavigableMap<Long, Integer> depotLevels) {
        StringBuilder text = new StringBuilder();
        depotLevels.forEach((at, quantity) ->
                text.append(text.isEmpty() ? "" : ",").append(at).append(':').append(quantity));
        return text.toString();
    }

    static NavigableMap<Long, Integer> decode(String text) {
        NavigableMap<Long, Integer> depotLevels = new TreeMap<>();
        for (String pair : text.split(",")) {
            int colon = pair.indexOf(':');
            depotLevels.put(Long.parseLong(pair.substring(0, colon)), Integer.parseInt(pair.substring(colon + 1)));
        }
        return depotLevels;
    }
}
