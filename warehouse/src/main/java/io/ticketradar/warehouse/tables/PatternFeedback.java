package io.ticketradar.warehouse.tables;

/** The table {@code pattern_feedback} and its columns, as the DDL in {@code db/migration} creates them. */
public final class PatternFeedback {

    public static final String TABLE = "pattern_feedback";

    public static final String TENANT_ID = "tenant_id";
    public static final String PATTERN_ID = "pattern_id";
    public static final String CONFIRMED = "confirmed";
    public static final String DISMISSED = "dismissed";
    public static final String DISMISS_REASON = "dismiss_reason";
    public static final String OPPORTUNITY = "opportunity";
    public static final String OPPORTUNITY_REASON = "opportunity_reason";
    public static final String NOTE = "note";
    public static final String UPDATED_BY = "updated_by";
    public static final String UPDATED_AT = "updated_at";
    public static final String VERSION = "version";

    private PatternFeedback() {}
}
