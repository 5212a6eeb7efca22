package io.ticketradar.warehouse.tables;

/** The table {@code failure_patterns} and its columns, as the DDL in {@code db/migration} creates them. */
public final class FailurePatterns {

    public static final String TABLE = "failure_patterns";

    public static final String TENANT_ID = "tenant_id";
    public static final String PATTERN_ID = "pattern_id";
    public static final String STATUS = "status";
    public static final String DETECTED_ON = "detected_on";
    public static final String ONSET_ESTIMATE = "onset_estimate";
    public static final String LAST_FLAGGED_ON = "last_flagged_on";
    public static final String EVALUATED_AT = "evaluated_at";
    public static final String DEFINING_CODES = "defining_codes";
    public static final String OBSERVED = "observed";
    public static final String EXPECTED = "expected";
    public static final String RATIO = "ratio";
    public static final String P_VALUE = "p_value";
    public static final String WINDOW_DAYS = "window_days";
    public static final String SUPPORT = "support";
    public static final String CO_OCCURRING = "co_occurring";
    public static final String TITLE_ZH = "title_zh";
    public static final String TITLE_EN = "title_en";
    public static final String DESCRIPTION_ZH = "description_zh";
    public static final String DESCRIPTION_EN = "description_en";
    public static final String EXAMPLE_TICKETS = "example_tickets";
    public static final String DAILY = "daily";
    public static final String HINTS = "hints";
    public static final String OPPORTUNITY = "opportunity";
    public static final String OPPORTUNITY_REASON = "opportunity_reason";
    public static final String VERSION = "version";

    private FailurePatterns() {}
}
