-- The heatmap of DOMAIN.md §5 (pipelines: HeatmapJob), per tenant: for each window, day and cell of x (region or
-- site) by y (fault code or technical domain), the tickets of the cohort, how many of them are overdue and how many
-- had a breakpoint, as the lifecycle facts stood at as_of. window 'day': tickets created on day (tenant's zone);
-- '7d': created in the 7 days ending on day (day - 6 .. day). y is '' while a ticket's fault code (domain) is
-- unknown. A cell whose last ticket moved to another cell is re-written with zeros, never deleted. Corrections
-- re-write a cell with a higher version: read with FINAL.
CREATE TABLE IF NOT EXISTS heatmap_cells (
  tenant_id LowCardinality(String),
  window LowCardinality(String),
  day Date,
  x_kind LowCardinality(String),
  x String,
  y_kind LowCardinality(String),
  y String,
  tickets UInt32,
  overdue UInt32,
  breakpoints UInt32,
  as_of DateTime64(3, 'UTC'),
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, window, day, x_kind, y_kind, x, y)
