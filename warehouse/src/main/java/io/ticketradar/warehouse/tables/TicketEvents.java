package io.ticketradar.warehouse.tables;

/** The table {@code ticket_events} and its columns, as the DDL in {@code db/migration} creates them. */
public final class TicketEvents {

    public static final String TABLE = "ticket_events";

    public static final String TENANT_ID = "tenant_id";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String TICKET_ID = "ticket_id";
    public static final String DEVICE_SN = "device_sn";
    public static final String TS = "ts";
    public static final String SCHEMA_VERSION = "schema_version";
    public static final String PAYLOAD = "payload";
    public static final String SOURCE_TOPIC = "source_topic";
    public static final String SOURCE_PARTITION = "source_partition";
    public static final String SOURCE_OFFSET = "source_offset";
    public static final String INGESTED_AT = "ingested_at";

    private TicketEvents() {}
}
