-- The health indicators of DOMAIN.md §4 per tenant, calendar day (tenant's zone), region and overall.
-- pipelines' Indicator enum defines every indicator code, its numerator and denominator and its threshold.
-- day is the cohort (creation) day, except closure_cycle_* (the close day) and backlog* (the day at whose end
-- the tickets were open). region 'ALL' is the tenant overall. engineer_id is '' except on first_time_fix_rate
-- rows per engineer (region 'ALL'). Durations are in the row's unit (days, hours). value is NULL when the
-- denominator is 0; met is NULL when the indicator has no healthy threshold. Corrections re-write a row with a
-- higher version: read with FINAL. as_of is the event time the row was computed at.
CREATE TABLE IF NOT EXISTS health_indicators (
  tenant_id LowCardinality(String),
  day Date,
  region LowCardinality(String),
  engineer_id String,
  indicator LowCardinality(String),
  numerator Float64,
  denominator Float64,
  value Nullable(Float64),
  unit LowCardinality(String),
  healthy_when LowCardinality(String),
  healthy_threshold Nullable(Float64),
  met Nullable(Bool),
  as_of DateTime64(3, 'UTC'),
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, day, region, indicator, engineer_id)
