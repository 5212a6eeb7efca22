package io.ticketradar.warehouse.tables;

/** The table {@code ticket_facts} and its columns, as the DDL in {@code db/migration} creates them. */
public final class TicketFacts {

    public static final String TABLE = "ticket_facts";

    public static final String TENANT_ID = "tenant_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String CREATED_AT = "created_at";
    public static final String COHORT_DAY = "cohort_day";
    public static final String REGION = "region";
    public static final String SITE_ID = "site_id";
    public static final String CHANNEL = "channel";
    public static final String CUSTOMER_ID = "customer_id";
    public static final String DEVICE_SN = "device_sn";
    public static final String PRODUCT_MODEL = "product_model";
    public static final String PRIORITY = "priority";
    public static final String SLA_DEADLINE = "sla_deadline";
    public static final String FAULT_CODE = "fault_code";
    public static final String DOMAIN = "domain";
    public static final String FIRST_RESPONSE_AT = "first_response_at";
    public static final String FIRST_RESPONSE_DIAGNOSTIC = "first_response_diagnostic";
    public static final String FIRST_RESPONDER_ID = "first_responder_id";
    public static final String RESPONSE_PENDING = "response_pending";
    public static final String RESPONSE_COMPLIANT = "response_compliant";
    public static final String RESPONSE_TIMED_OUT = "response_timed_out";
    public static final String CURRENT_STAGE = "current_stage";
    public static final String CURRENT_STAGE_SINCE = "current_stage_since";
    public static final String LAST_STAGE = "last_stage";
    public static final String STAGE_MS = "stage_ms";
    public static final String LONGEST_STAY_MS = "longest_stay_ms";
    public static final String LONGEST_STAY_STAGE = "longest_stay_stage";
    public static final String BREAKPOINT = "breakpoint";
    public static final String BREAKPOINT_STAGE = "breakpoint_stage";
    public static final String STAGE_TEAMS = "stage_teams";
    public static final String REASSIGNMENTS = "reassignments";
    public static final String BOUNCED = "bounced";
    public static final String COORDINATION_MS = "coordination_ms";
    public static final String ASSIGNEE_ID = "assignee_id";
    public static final String TEAM_ID = "team_id";
    public static final String RESOLVED_AT = "resolved_at";
    public static final String RESOLUTION_CODE = "resolution_code";
    public static final String FIELD_VISITS = "field_visits";
    public static final String RESOLVER_ID = "resolver_id";
    public static final String FIRST_TIME_FIX = "first_time_fix";
    public static final String CLOSED = "closed";
    public static final String CLOSED_AT = "closed_at";
    public static final String CLOSE_COUNT = "close_count";
    public static final String CLOSURE_MS = "closure_ms";
    public static final String OVERDUE = "overdue";
    public static final String REOPEN_COUNT = "reopen_count";
    public static final String REOPENED_AT = "reopened_at";
    public static final String REOPENED_WITHIN_WINDOW = "reopened_within_window";
    public static final String COMPLAINTS = "complaints";
    public static final String MERGED = "merged";
    public static final String MERGED_INTO = "merged_into";
    public static final String EVENTS = "events";
    public static final String AS_OF = "as_of";
    public static final String VERSION = "version";

    private TicketFacts() {}
}
