package io.ticketradar.warehouse.tables;

/** The table {@code dispatch_decisions} and its columns, as the DDL in {@code db/migration} creates them. */
public final class DispatchDecisions {

    public static final String TABLE = "dispatch_decisions";

    public static final String TENANT_ID = "tenant_id";
    public static final String TICKET_ID = "ticket_id";
    public static final String DECISION_ID = "decision_id";
    public static final String TRIGGER = "trigger";
    public static final String DECIDED_AT = "decided_at";
    public static final String RULES_VERSION = "rules_version";
    public static final String TEAM_ID = "team_id";
    public static final String ENGINEER_ID = "engineer_id";
    public static final String RULE_PATH = "rule_path";
    public static final String BLOCKED = "blocked";
    public static final String ASSIGNED = "assigned";
    public static final String WARNINGS = "warnings";
    public static final String HINTS = "hints";

    private DispatchDecisions() {}
}
