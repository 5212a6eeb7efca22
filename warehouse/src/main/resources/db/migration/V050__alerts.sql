-- Alerts raised by the jobs (circuit breaker first; emerging patterns and stock-outs later).
-- Keyed by tenant and the alert's deterministic id: a replayed alert replaces itself (read with FINAL).
-- day is the tenant's calendar day the alert is about; raised_at is the event time it was decided.
CREATE TABLE IF NOT EXISTS alerts (
  tenant_id LowCardinality(String),
  alert_id String,
  kind LowCardinality(String),
  raised_at DateTime64(3, 'UTC'),
  day Date,
  title String,
  detail String,
  payload String
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, alert_id)
