-- Why a person tagged (or untagged) a pattern as a service opportunity, in their own words as typed; '' without one.
-- Rows written before this column read ''.
ALTER TABLE pattern_feedback ADD COLUMN IF NOT EXISTS opportunity_reason String DEFAULT '' AFTER opportunity
