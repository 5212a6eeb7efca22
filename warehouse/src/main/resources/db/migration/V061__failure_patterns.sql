-- Emerging failure patterns (DOMAIN.md §8), per tenant, as the detector (models: EmergenceDetector, pipelines:
-- PatternsJob) last described them. pattern_id stays the same while the pattern persists. status: emerging (first
-- flagged), active (flagged on several evaluations), fading (no longer significant), resolved (quiet for two weeks),
-- dismissed (a person dismissed it; see pattern_feedback). detected_on is the tenant-zone day of the first evaluation
-- that flagged it, using only data up to that evaluation: never back-dated. onset_estimate may be earlier.
-- defining_codes are "kind:value" codes in the detector's vocabulary (failure_cases.codes). observed/expected/ratio
-- /p_value are of the window (window_days) that gave the strongest evidence at evaluated_at. Nested values are JSON:
-- co_occurring [{code, share, baseline_share, lift}], daily [{day, observed, expected}], hints {teams, parts,
-- root_causes, resolution}. Re-written with a higher version at every evaluation that changes it: read with FINAL.
CREATE TABLE IF NOT EXISTS failure_patterns (
  tenant_id LowCardinality(String),
  pattern_id String,
  status LowCardinality(String),
  detected_on Date,
  onset_estimate Date,
  last_flagged_on Date,
  evaluated_at DateTime64(3, 'UTC'),
  defining_codes Array(String),
  observed UInt32,
  expected Float64,
  ratio Float64,
  p_value Float64,
  window_days UInt16,
  support UInt32,
  co_occurring String,
  title_zh String,
  title_en String,
  description_zh String,
  description_en String,
  example_tickets Array(String),
  daily String,
  hints String,
  opportunity Bool,
  opportunity_reason String,
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, pattern_id)
