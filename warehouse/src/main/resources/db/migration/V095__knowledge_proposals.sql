-- Knowledge shared across a tenant group (DOMAIN.md §9, issue 9): a fix or a failure pattern that one tenant proposes
-- (POST /api/v1/knowledge/proposals), a full group token reviews, and once approved the group's other tenants read
-- (GET /api/v1/knowledge). The shared columns (kind .. root_causes) hold only the anonymised version: identifiers of
-- the source (tenant, ticket, customer, device, site, region, engineer and team ids, phone numbers, e-mail addresses)
-- were replaced by placeholders such as [ticket] before the row was written, and removed counts what was replaced, by
-- kind. tenant_id, pattern_id, proposed_by and the review columns never leave the source tenant and its group's
-- reviewers. group_id is the source's group when proposed; knowledge_id is the id other tenants see, unrelated to
-- proposal_id. One row per proposal, the newest version wins: read with FINAL.
CREATE TABLE IF NOT EXISTS knowledge_proposals (
  group_id LowCardinality(String),
  tenant_id LowCardinality(String),
  proposal_id String,
  knowledge_id String,
  pattern_id String,
  kind LowCardinality(String),
  title String,
  fault_code String,
  symptoms Array(String),
  codes Array(String),
  fix String,
  parts Array(String),
  root_causes Array(String),
  removed Map(String, UInt32),
  proposed_by String,
  proposed_at DateTime64(3, 'UTC'),
  status LowCardinality(String),
  reviewed_by String,
  reviewed_at Nullable(DateTime64(3, 'UTC')),
  review_reason String,
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (group_id, tenant_id, proposal_id)
