-- Duplicate tickets (DOMAIN.md §6) as the duplicates job (pipelines: DuplicatesJob) last described them: one row per
-- duplicate ticket, with the ticket to merge it into (the earliest open ticket of its group; in a chain A~B, B~C both B
-- and C go into A) and the evidence of the match that brought it into the group: the ticket it matched, which of
-- customer_id / customer_phone / device_sn they share, the symptoms both name, the fault code both have ('' when
-- the symptoms matched) and the hours between their creations. status: suggested (for a person to accept or reject,
-- see merge_decisions) or merged (the tenant's policy merged it: TICKET_MERGED sent). Re-written with a higher version
-- when its group gains an earlier ticket: read with FINAL.
CREATE TABLE IF NOT EXISTS merge_suggestions (
  tenant_id LowCardinality(String),
  ticket_id String,
  into_ticket_id String,
  matched_ticket_id String,
  status LowCardinality(String),
  matched_keys Array(String),
  shared_symptoms Array(String),
  shared_fault_code String,
  hours_apart Float64,
  ticket_created_at DateTime64(3, 'UTC'),
  into_created_at DateTime64(3, 'UTC'),
  decided_at DateTime64(3, 'UTC'),
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, ticket_id)
