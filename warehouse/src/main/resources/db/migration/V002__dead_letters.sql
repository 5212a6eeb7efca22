-- The DLQ (Kafka topic ticket-events-dlq) mirrored, so people can see what was rejected and why.
-- Keyed by the source record, so re-delivering the same rejected record never duplicates it (read with FINAL).
-- tenant_id is '' when the record was too broken to name one.
CREATE TABLE IF NOT EXISTS dead_letters (
  tenant_id LowCardinality(String),
  source_topic LowCardinality(String),
  source_partition Int32,
  source_offset Int64,
  reason LowCardinality(String),
  detail String,
  event_id String,
  ticket_id String,
  payload String CODEC(ZSTD(3)),
  rejected_at DateTime64(3, 'UTC')
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, source_topic, source_partition, source_offset)
