package io.ticketradar.models.offline;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Event ids seen, as ingest remembers them: for a while of event time (a redelivery comes soon after the original),
 * forgotten a day at a time, so that a year of events does not keep a year of ids.
 */
final class SeenEvents {

    private final Duration memory;
    private final Map<String, Long> seen = new HashMap<>();
    /** The ids first seen on each day, to forget them by. */
    private final TreeMap<Long, List<String>> byDay = new TreeMap<>();

    SeenEvents(Duration memory) {
        this.memory = memory;
    }

    /** False when the id was seen within the memory. */
    boolean add(String id, Instant ts) {
        long day = ts.getEpochSecond() / 86_400;
        if (seen.putIfAbsent(id, day) != null) {
            return false;
        }
        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(id);
        return true;
    }

    void forgetBefore(Instant watermark) {
        long oldest = watermark.minus(memory).getEpochSecond() / 86_400;
        Map<Long, List<String>> old = byDay.headMap(oldest);
        old.values().forEach(ids -> ids.forEach(seen::remove));
        old.clear();
    }
}
