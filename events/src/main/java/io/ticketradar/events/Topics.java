package io.ticketradar.events;

/** Kafka topic names of DOMAIN.md §3: one place, so producers, jobs and tests cannot drift apart. */
public final class Topics {
    /** Ticket lifecycle events, keyed by {@code ticket_id}. */
    public static final String TICKET_EVENTS = "ticket-events";
    /** Repair records, keyed by {@code device_sn}. */
    public static final String REPAIR_EVENTS = "repair-events";
    /** Records that failed validation, as {@link DeadLetter} JSON. */
    public static final String DEAD_LETTERS = "ticket-events-dlq";
    /**
     * The record size the event topics, their producers and consumers accept (8 MiB): well above
     * {@link EventCodec#MAX_RECORD_BYTES}, so an oversize event reaches the dead-letter topic with its
     * reason instead of failing at the producer.
     */
    public static final int MAX_MESSAGE_BYTES = 8 * 1024 * 1024;

    private Topics() {}
}
