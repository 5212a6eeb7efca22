package io.ticketradar.warehouse.tables;

/** The table {@code dispatch_proposals} and its columns, as the DDL in {@code db/migration} creates them. */
public final class DispatchProposals {

    public static final String TABLE = "dispatch_proposals";

    public static final String TENANT_ID = "tenant_id";
    public static final String PROPOSAL_ID = "proposal_id";
    public static final String ACTION = "action";
    public static final String RULE_INDEX = "rule_index";
    public static final String RULE = "rule";
    public static final String REASON = "reason";
    public static final String PROPOSED_BY = "proposed_by";
    public static final String PROPOSED_AT = "proposed_at";
    public static final String BASED_ON_VERSION = "based_on_version";
    public static final String STATUS = "status";
    public static final String REVIEWED_BY = "reviewed_by";
    public static final String REVIEWED_AT = "reviewed_at";
    public static final String REVIEW_NOTE = "review_note";
    public static final String ADOPTED_VERSION = "adopted_version";
    public static final String VERSION = "version";

    private DispatchProposals() {}
}
