-- What a tenant's CRM and MES said about each new ticket (issue 9, enrichment over HTTP): one row per ticket and
-- source, the newest lookup wins (a replay looks the ticket up again; read with FINAL). outcome is ENRICHED, TIMEOUT,
-- FAILED, NOT_FOUND or MALFORMED; fields holds the mapped values of an ENRICHED answer only, under the names of the
-- tenant's field mapping. http_status is the final answer's (0 when none came), attempts the requests it took
-- (retries included; 0 when the ticket lacked a field the URL needs). The source's secret header is never stored.
CREATE TABLE IF NOT EXISTS ticket_enrichments (
  tenant_id LowCardinality(String),
  ticket_id String,
  source LowCardinality(String),
  event_id String,
  outcome LowCardinality(String),
  fields Map(String, String),
  http_status UInt16,
  attempts UInt8,
  fetched_at DateTime64(3, 'UTC'),
  version UInt64
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, ticket_id, source)
