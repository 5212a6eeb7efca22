package io.ticketradar.events;

/** Kafka topic names of DOMAIN.md §3: one place, so producers, jobs and tests cannot drift apart. */
public final class Topics {
    /** Ticket lifecycle events, keyed by {@code ticket_id}. */
    public static final String TICKET_EVENTS = "ticket-events";
    /** Repair records, keyed by {@code device_sn}. */
    public static final String REPAIR_EVENTS = "repair-events";
    /**
     * Master data (DOMAIN.md §3), keyed by the record's subject ({@code device_sn} for devices): a compacted
     * topic, so a new consumer reads the latest record of every device.
     */
    public static final String MASTER_DATA = "master-data";
    /**
     * People's decisions about failure patterns (PATCH /api/v1/patterns/{id}), keyed by {@code <tenant_id>|<pattern_id>},
     * values {@code {"tenant_id","pattern_id","confirmed","dismissed","dismiss_reason","opportunity","note",
     * "updated_at"}} (texts null when empty, opportunity null while nobody overrode the detector's tag). The newest
     * record of a key is the whole state, so the topic may be compacted; the pattern detector consumes it.
     */
    public static final String PATTERN_FEEDBACK = "pattern-feedback";
    /**
     * Each tenant's dispatch rules in force (PUT /api/v1/dispatch/rules), keyed by {@code tenant_id}, values
     * {@code {"tenant_id","version","rules":[...],"streak":{...}}}: compacted, the newest set per tenant is the whole
     * state; the dispatch job consumes it.
     */
    public static final String DISPATCH_RULES = "dispatch-rules";
    /**
     * Each tenant's policy (PUT /api/v1/policy: service levels and healthy thresholds), keyed by {@code tenant_id},
     * values {@code {"tenant_id","versions":[...]}} with every adopted version: compacted, the newest record per
     * tenant is the whole state; the lifecycle, indicator and breaker jobs consume it.
     */
    public static final String TENANT_POLICIES = "tenant-policies";
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
