package io.ticketradar.api;

import io.ticketradar.events.Event;

import java.util.List;

/** Hands accepted events to the event log (Kafka), each on its topic under its partition key. */
public interface EventPublisher {

    /**
     * Publishes the events and returns only once the broker has acknowledged every one of them.
     *
     * @throws PublishException when any event was not acknowledged; some may still have been stored,
     *                          which is harmless because consumers drop duplicate {@code event_id}s
     */
    void publish(List<Event> events) throws PublishException;
}
