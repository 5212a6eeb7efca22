-- Each tenant's policy, every adopted version (PUT /api/v1/policy; issue #10): its service levels (first response,
-- breakpoint stay, resolution per priority) and healthy thresholds, as answered with every value spelled out. A version
-- judges what happens from effective_from on (tickets opened, days starting); the newest version is the one answered.
-- The api writes a version here before it publishes the tenant's whole history to the compacted tenant-policies
-- topic, from which the running jobs learn it. A refused policy is never stored.
CREATE TABLE IF NOT EXISTS tenant_policies (
  tenant_id LowCardinality(String),
  version UInt64,
  policy String,
  effective_from DateTime64(3, 'UTC'),
  adopted_at DateTime64(3, 'UTC'),
  adopted_by String
) ENGINE = ReplacingMergeTree
ORDER BY (tenant_id, version)
