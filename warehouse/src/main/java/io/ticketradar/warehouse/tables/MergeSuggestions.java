package io.ticketradar.warehouse.tables;

/** The table {@code merge_suggestions} and its columns, as the DDL in {@code db/migration} creates them. */
public final class MergeSuggestions {

    public static final String TABLE = "merge_suggestions";

    public static final String TENANT_ID = "tenant_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String INTO_TICKET_ID = "into_ticket_id";
    public static final String MATCHED_TICKET_ID = "matched_ticket_id";
    public static final String STATUS = "status";
    public static final String MATCHED_KEYS = "matched_keys";
    public static final String SHARED_SYMPTOMS = "shared_symptoms";
    public static final String SHARED_FAULT_CODE = "shared_fault_code";
    public static final String HOURS_APART = "hours_apart";
    public static final String TICKET_CREATED_AT = "ticket_created_at";
    public static final String INTO_CREATED_AT = "into_created_at";
    public static final String DECIDED_AT = "decided_at";
    public static final String VERSION = "version";

    private MergeSuggestions() {}
}
