package io.ticketradar.warehouse.tables;

/** The table {@code knowledge_proposals} and its columns, as the DDL in {@code db/migration} creates them. */
public final class KnowledgeProposals {

    public static final String TABLE = "knowledge_proposals";

    public static final String GROUP_ID = "group_id";
    public static final String TENANT_ID = "tenant_id";
    public static final String PROPOSAL_ID = "proposal_id";
    public static final String KNOWLEDGE_ID = "knowledge_id";
    public static final String PATTERN_ID = "pattern_id";
    public static final String KIND = "kind";
    public static final String TITLE = "title";
    public static final String FAULT_CODE = "fault_code";
    public static final String SYMPTOMS = "symptoms";
    public static final String CODES = "codes";
    public static final String FIX = "fix";
    public static final String PARTS = "parts";
    public static final String ROOT_CAUSES = "root_causes";
    public static final String REMOVED = "removed";
    public static final String PROPOSED_BY = "proposed_by";
    public static final String PROPOSED_AT = "proposed_at";
    public static final String STATUS = "status";
    public static final String REVIEWED_BY = "reviewed_by";
    public static final String REVIEWED_AT = "reviewed_at";
    public static final String REVIEW_REASON = "review_reason";
    public static final String VERSION = "version";

    private KnowledgeProposals() {}
}
