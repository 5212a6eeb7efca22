-- Ticket events the lifecycle job could not apply in event-time order (pipelines: LateEvent), so no event is
-- lost silently: APPLIED_AS_CORRECTION (folded in its place, the ticket's facts and days corrected),
-- AFTER_CLOSE_OUT (its ticket was already done), NO_CREATION (its ticket never arrived). watermark is the event
-- time the job had reached. Read with FINAL.
CREATE TABLE IF NOT EXISTS late_events (
  tenant_id LowCardinality(String),
  ticket_id String,
  event_id String,
  event_type LowCardinality(String),
  event_ts DateTime64(3, 'UTC'),
  watermark DateTime64(3, 'UTC'),
  outcome LowCardinality(String)
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, ticket_id, event_id, outcome)
