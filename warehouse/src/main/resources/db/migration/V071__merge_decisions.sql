-- What a person decided about a merge suggestion (PATCH /api/v1/duplicates/{ticket_id}): accepted (the api sent
-- TICKET_MERGED of ticket_id into into_ticket_id) or rejected, with who, when and why. One row per duplicate ticket,
-- the newest wins: read with FINAL. A decision holds for the suggestion into into_ticket_id; a newer suggestion of
-- the same ticket into another ticket is undecided again.
CREATE TABLE IF NOT EXISTS merge_decisions (
  tenant_id LowCardinality(String),
  ticket_id String,
  into_ticket_id String,
  decision LowCardinality(String),
  reason String,
  decided_by String,
  decided_at DateTime64(3, 'UTC'),
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, ticket_id)
