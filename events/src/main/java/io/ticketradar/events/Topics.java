package io.ticketradar.events;

/** Kafka topic names of DOMAIN.md §3: one place, so producers, jobs and tests cannot drift apart. */
public final class Topics {
    /** Ticket lifecycle events, keyed by {@code ticket_id}. */
    public static final String TICKET_EVENTS = "ticket-events";
    /** Repair records, keyed by {@code device_sn}. */
    public static final String REPAIR_EVENTS = "repair-events";
    /** Records that failed validation, as {@link DeadLetter} JSON. */
    public static final String DEAD_LETTERS = "ticket-events-dlq";

    private Topics() {
    }
}
