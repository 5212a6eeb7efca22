-- The hints of the open failure patterns a ticket matched when dispatch routed it (team, parts to bring, knowledge
-- entry), a JSON array shaped as GET /api/v1/tickets/{id}/hints shows them; rows written before this column read '[]'.
ALTER TABLE dispatch_decisions ADD COLUMN IF NOT EXISTS hints String DEFAULT '[]' AFTER warnings
