package io.ticketradar.warehouse.tables;

/** The table {@code late_events} and its columns, as the DDL in {@code db/migration} creates them. */
public final class LateEvents {

    public static final String TABLE = "late_events";

    public static final String TENANT_ID = "tenant_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String EVENT_ID = "event_id";
    public static final String EVENT_TYPE = "event_type";
    public static final String EVENT_TS = "event_ts";
    public static final String WATERMARK = "watermark";
    public static final String OUTCOME = "outcome";

    private LateEvents() {}
}
