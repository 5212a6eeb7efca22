-- Proposals to change a tenant's dispatch rules (POST /api/v1/dispatch/proposals): a rule to add, change or drop,
-- with a reason, then a reviewer's approval (the change becomes the next version of dispatch_rules, adopted_version)
-- or rejection. One row per proposal, the newest version wins: read with FINAL. rule is the rule's JSON ('' for a
-- drop); rule_index the position in the rule set it changes, drops or is inserted at (NULL: appended).
CREATE TABLE IF NOT EXISTS dispatch_proposals (
  tenant_id LowCardinality(String),
  proposal_id String,
  action LowCardinality(String),
  rule_index Nullable(UInt32),
  rule String,
  reason String,
  proposed_by String,
  proposed_at DateTime64(3, 'UTC'),
  based_on_version UInt64,
  status LowCardinality(String),
  reviewed_by String,
  reviewed_at Nullable(DateTime64(3, 'UTC')),
  review_note String,
  adopted_version Nullable(UInt64),
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, proposal_id)
