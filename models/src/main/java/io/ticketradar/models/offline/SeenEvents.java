package io.ticketradar.models.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Event ids seen, as ingest remembers them: for a while of event time (a redelivery comes soon after the original),
 * in buckets of a day, so that a year of events does not keep a year of ids.
 */
final class SeenEvents {

    private final Duration memory;
    private final TreeMap<Long, Set<String>> byDay = new TreeMap<>();

    SeenEvents(Duration memory) {
        this.memory = memory;
    }

    /** False when the id was seen within the memory. */
    boolean add(String id, Instant ts) {
        for (Set<String> ids : byDay.values()) {
            if (ids.contains(id)) {
                return false;
            }
        }
        byDay.computeIfAbsent(ts.getEpochSecond() / 86_400, d -> new HashSet<>())
                .add(id);
        return true;
    }

    void forgetBefore(Instant watermark) {
        long oldest = watermark.minus(memory).getEpochSecond() / 86_400;
        Map<Long, Set<String>> old = byDay.headMap(oldest);
        old.clear();
    }
}
