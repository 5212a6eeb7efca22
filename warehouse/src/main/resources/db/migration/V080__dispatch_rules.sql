-- Each tenant's dispatch rules, every adopted version (PUT /api/v1/dispatch/rules; DOMAIN.md §7). rules is the set as
-- people write it ({"rules":[...],"streak":{...}}); the highest version is in force. The api writes a version here
-- before it publishes the same set to the compacted dispatch-rules topic, from which the running dispatch job
-- learns it. A refused set is never stored.
CREATE TABLE IF NOT EXISTS dispatch_rules (
  tenant_id LowCardinality(String),
  version UInt64,
  rules String,
  adopted_at DateTime64(3, 'UTC'),
  adopted_by String
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, version)
