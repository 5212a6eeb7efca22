-- Raw events as they arrived, for drill-down. ticket_id is '' for events without one (repair, master data).
-- ReplacingMergeTree on the event key: readers use FINAL, so a replayed insert never double-counts.
CREATE TABLE IF NOT EXISTS ticket_events (
  tenant_id LowCardinality(String),
  event_id String,
  event_type LowCardinality(String),
  ticket_id String,
  device_sn String,
  ts DateTime64(3, 'UTC'),
  schema_version UInt16,
  payload String CODEC(ZSTD(3)),
  source_topic LowCardinality(String),
  source_partition Int32,
  source_offset Int64,
  ingested_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, ticket_id, event_id)
