-- How the dispatch job routed each ticket (DOMAIN.md §7): one row per routing, keyed by the event that asked for it
-- (TICKET_CREATED, or a FAULT_DIAGNOSED that changed the fault), so a replay replaces its row (read with FINAL).
-- rule_path names the rules that decided in the order applied (local:3, batch:A7K2, fault:OBC-E017, domain:HV,
-- stock:5); a blocked decision sent nobody because a part is out of stock; assigned says a TICKET_ASSIGNED with
-- auto true was emitted.
CREATE TABLE IF NOT EXISTS dispatch_decisions (
  tenant_id LowCardinality(String),
  ticket_id String,
  decision_id String,
  trigger LowCardinality(String),
  decided_at DateTime64(3, 'UTC'),
  rules_version UInt64,
  team_id Nullable(String),
  engineer_id Nullable(String),
  rule_path Array(String),
  blocked Bool,
  assigned Bool,
  warnings Array(String)
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, ticket_id, decision_id)
