package io.ticketradar.warehouse.tables;

/** The table {@code dead_letters} and its columns, as the DDL in {@code db/migration} creates them. */
public final class DeadLetters {

    public static final String TABLE = "dead_letters";

    public static final String TENANT_ID = "tenant_id";
    public static final String SOURCE_TOPIC = "source_topic";
    public static final String SOURCE_PARTITION = "source_partition";
    public static final String SOURCE_OFFSET = "source_offset";
    public static final String REASON = "reason";
    public static final String DETAIL = "detail";
    public static final String EVENT_ID = "event_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String PAYLOAD = "payload";
    public static final String REJECTED_AT = "rejected_at";

    private DeadLetters() {}
}
