-- The legal publication deadlines (DOMAIN.md section 9.1, PUB-ACT, PUB-DRAFT, SES-RCV).
-- A kind's publication_rule says which one its documents follow: 'act' (published no later than
-- 5 working days after adoption), 'draft' (published at least 10 working days before consideration,
-- 5 for the land items, immediately in an emergency, waived for administrative services),
-- 'same_day' (roll-call results: the day of the vote) or 'none'.
-- For drafts: the planned date of consideration, and the lead time that applies with its reason
-- ('standard', 'land' for the 5-day land items, 'emergency', 'admin_service'; the last two need a reason).
-- Schema changes come before the updates: H2 cannot alter a table while the same transaction holds
-- row locks on a table it references.
ALTER TABLE documents_kind ADD COLUMN publication_rule VARCHAR(20) NOT NULL DEFAULT 'act';
ALTER TABLE documents_document ADD COLUMN consideration_on DATE NULL;
ALTER TABLE documents_document ADD COLUMN lead_time VARCHAR(20) NOT NULL DEFAULT 'standard';
ALTER TABLE documents_document ADD COLUMN lead_time_reason VARCHAR(1000) NOT NULL DEFAULT '';
CREATE INDEX documents_document_kind_adopted ON documents_document (kind_id, adopted_on);

UPDATE documents_kind SET publication_rule = 'draft' WHERE code = 'draft_decision';
UPDATE documents_kind SET publication_rule = 'same_day' WHERE code = 'roll_call_votes';
UPDATE documents_kind SET publication_rule = 'none' WHERE code = 'session_materials';
