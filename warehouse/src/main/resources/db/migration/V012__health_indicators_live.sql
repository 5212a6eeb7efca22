-- The rolling 24 h values for wall screens, per tenant, region ('ALL' overall) and indicator: the tickets created
-- (closure_cycle_*: closed) in [window_start, computed_at). Only the newest computation is kept: read with FINAL.
-- computed_at is event time. Columns mean what they mean in health_indicators.
CREATE TABLE IF NOT EXISTS health_indicators_live (
  tenant_id LowCardinality(String),
  region LowCardinality(String),
  indicator LowCardinality(String),
  numerator Float64,
  denominator Float64,
  value Nullable(Float64),
  unit LowCardinality(String),
  healthy_when LowCardinality(String),
  healthy_threshold Nullable(Float64),
  met Nullable(Bool),
  window_start DateTime64(3, 'UTC'),
  computed_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree(computed_at)
ORDER BY (tenant_id, region, indicator)
