package io.ticketradar.warehouse.tables;

/** The table {@code ticket_enrichments} and its columns, as the DDL in {@code db/migration} creates them. */
public final class TicketEnrichments {

    public static final String TABLE = "ticket_enrichments";

    public static final String TENANT_ID = "tenant_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String SOURCE = "source";
    public static final String EVENT_ID = "event_id";
    public static final String OUTCOME = "outcome";
    public static final String FIELDS = "fields";
    public static final String HTTP_STATUS = "http_status";
    public static final String ATTEMPTS = "attempts";
    public static final String FETCHED_AT = "fetched_at";
    public static final String VERSION = "version";

    private TicketEnrichments() {}
}
