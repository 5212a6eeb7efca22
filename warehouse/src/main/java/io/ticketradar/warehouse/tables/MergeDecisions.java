package io.ticketradar.warehouse.tables;

/** The table {@code merge_decisions} and its columns, as the DDL in {@code db/migration} creates them. */
public final class MergeDecisions {

    public static final String TABLE = "merge_decisions";

    public static final String TENANT_ID = "tenant_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String INTO_TICKET_ID = "into_ticket_id";
    public static final String DECISION = "decision";
    public static final String REASON = "reason";
    public static final String DECIDED_BY = "decided_by";
    public static final String DECIDED_AT = "decided_at";
    public static final String VERSION = "version";

    private MergeDecisions() {}
}
