-- One row per failure case (DOMAIN.md §8; models: FailureCase documents every field): a ticket, enriched with its
-- diagnosis, its device's master data and its repairs, or a repair recorded without a ticket. The emergence detector
-- counts these codes; R&D trends (GET /api/v1/trends) and pattern drill-downs read them. Re-written with a higher
-- version whenever the case learns something (a diagnosis, a repair): read with FINAL.
-- day is the creation day (a repair without a ticket: the repair day) in the tenant's zone. Text columns are ''
-- when unknown; firmware is what device master data says the device ran at creation, else what a repair read off it
-- (firmware_seen); temp_band is the 5 °C band of ambient_temp_c ('' when not measured), age_band the device's age at
-- creation ('' when its production date is unknown). codes holds every categorical code "kind:value" the case
-- carries, in the detector's vocabulary (fault:HV-OBC-LT01, region:华南, temp:<-15,
-- photo:non_original_screen); accessories are the repairs' photo labels: what the engineers saw fitted or damaged..
CREATE TABLE IF NOT EXISTS failure_cases (
  tenant_id LowCardinality(String),
  case_id String,
  ticket_id String,
  day Date,
  created_at DateTime64(3, 'UTC'),
  device_sn String,
  fault_code String,
  domain LowCardinality(String),
  product_model LowCardinality(String),
  batch String,
  firmware String,
  firmware_seen String,
  region LowCardinality(String),
  site_id String,
  ambient_temp_c Nullable(Float64),
  temp_band LowCardinality(String),
  age_band LowCardinality(String),
  symptoms Array(String),
  accessories Array(String),
  parts Array(String),
  root_cause String,
  words Array(String),
  codes Array(String),
  repairs UInt16,
  as_of DateTime64(3, 'UTC'),
  version UInt64,
  INDEX day_idx day TYPE minmax GRANULARITY 4,
  INDEX device_idx device_sn TYPE bloom_filter GRANULARITY 4
) ENGINE = ReplacingMergeTree(version)
ORDER BY (tenant_id, case_id)
