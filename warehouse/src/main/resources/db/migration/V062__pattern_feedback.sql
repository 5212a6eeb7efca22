-- What people decided about a pattern (PATCH /api/v1/patterns/{id}): confirmed, dismissed with a reason (the detector
-- then stops raising it), or tagged / untagged as a service opportunity (overriding the detector's own rule when not
-- NULL). One row per pattern, the newest decision wins: read with FINAL. The api writes it and publishes the same
-- decision to the pattern-feedback topic, from which the running detector learns it.
CREATE TABLE IF NOT EXISTS pattern_feedback (
  tenant_id LowCardinality(String),
  pattern_id String,
  confirmed Bool,
  dismissed Bool,
  dismiss_reason String,
  opportunity Nullable(Bool),
  note String,
  updated_by String,
  updated_at DateTime64(3, 'UTC'),
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, pattern_id)
