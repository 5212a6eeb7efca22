-- What each indicator row needs of its tenant's source, from pipelines' Indicator enum like the unit and the
-- threshold, so the API can answer "no data" instead of a false 0 for a source that lacks it: needs_events, the
-- event types without which its value only looks like a measurement (a history without first responses has a 0%
-- first-response compliance); needs_stages, whether it presumes tickets that move between stages (breakpoint,
-- coordination). Rows written before these columns read [] and false: they need nothing.
ALTER TABLE health_indicators ADD COLUMN IF NOT EXISTS needs_events Array(LowCardinality(String)) DEFAULT [] AFTER met;
ALTER TABLE health_indicators ADD COLUMN IF NOT EXISTS needs_stages Bool DEFAULT false AFTER needs_events;
ALTER TABLE health_indicators_live ADD COLUMN IF NOT EXISTS needs_events Array(LowCardinality(String)) DEFAULT []
    AFTER met;
ALTER TABLE health_indicators_live ADD COLUMN IF NOT EXISTS needs_stages Bool DEFAULT false AFTER needs_events
