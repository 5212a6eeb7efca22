package io.ticketradar.api;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.function.Consumer;

/**
 * The recent changes every open event stream is told about, in one short in-memory log: each gets the next id
 * (ids only grow, and start at the server's start time in milliseconds, so ids of an earlier run are older than
 * the whole log), and goes to the subscribers of its tenant. A client that reconnects with the id it saw last is
 * replayed what it missed while the log still holds it; otherwise it must resync (fetch everything again).
 */
final class StreamLog {

    /** One change: {@code name} is the SSE event name, {@code data} its small JSON body. */
    record StreamEvent(long id, String tenantId, String name, String data) {}

    /**
     * What a new subscriber gets first: the events it missed, or a resync when they are no longer (or never were)
     * in the log.
     *
     * @param lastId the newest id assigned so far, for a resync event
     */
    record Start(boolean resync, List<StreamEvent> replay, long lastId) {}

    /** One open stream. */
    record Subscriber(String tenantId, Consumer<StreamEvent> sink) {}

    private final int capacity;
    private final Deque<StreamEvent> recent = new ArrayDeque<>();
    private final Set<Subscriber> subscribers = new CopyOnWriteArraySet<>();
    private long lastId;

    /** @param capacity how many recent events (of all tenants) are kept for replay */
    StreamLog(int capacity, long firstId) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be positive: " + capacity);
        }
        this.capacity = capacity;
        this.lastId = firstId - 1;
    }

    /** Records a change and hands it to the tenant's subscribers (they must not block). */
    synchronized StreamEvent append(String tenantId, String name, String data) {
        StreamEvent event = new StreamEvent(++lastId, tenantId, name, data);
        recent.addLast(event);
        if (recent.size() > capacity) {
            recent.removeFirst();
        }
        for (Subscriber subscriber : subscribers) {
            if (subscriber.tenantId().equals(tenantId)) {
                subscriber.sink().accept(event);
            }
        }
        return event;
    }

    /**
     * Subscribes and says what to send first, atomically with respect to {@link #append}, so nothing falls between
     * the replay and the live events.
     *
     * @param lastEventId the id the client saw last (its Last-Event-ID), null for a fresh connection
     */
    synchronized Start subscribe(Subscriber subscriber, Long lastEventId) {
        subscribers.add(subscriber);
        if (lastEventId == null) {
            return new Start(false, List.of(), lastId);
        }
        long oldestKept = recent.isEmpty() ? lastId + 1 : recent.getFirst().id();
        if (lastEventId > lastId || lastEventId < oldestKept - 1) {
            return new Start(true, List.of(), lastId);
        }
        List<StreamEvent> missed = new ArrayList<>();
        for (StreamEvent event : recent) {
            if (event.id() > lastEventId && event.tenantId().equals(subscriber.tenantId())) {
                missed.add(event);
            }
        }
        return new Start(false, missed, lastId);
    }

    void unsubscribe(Subscriber subscriber) {
        subscribers.remove(subscriber);
    }

    int subscribers() {
        return subscribers.size();
    }

    /** The newest id assigned so far. */
    synchronized long lastId() {
        return lastId;
    }
}
