-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- The Article 18 accounting fields of a document (DOMAIN.md sections 1.5 and 4.5); the date created is
-- adopted_on and the kind is the document's kind, so they are not repeated here.
-- received_on: the date received (item 3), empty for the council's own acts; source: author or unit
-- (item 4; the public view falls back to the department when it is empty); restriction_basis and
-- restricted_until: the legal ground and end of a restriction of access (items 5-6), both or neither;
-- field (галузь, item 7); keywords (item 8); medium: 'text', 'electronic', 'film', 'video', 'audio',
-- 'photo' or 'other' (item 9); storage: the form and place of storage (item 12).
-- Every document already in the register is kept in its electronic form, hence the medium's default.
ALTER TABLE documents_document ADD COLUMN received_on DATE NULL;
ALTER TABLE documents_document ADD COLUMN source VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE documents_document ADD COLUMN restriction_basis VARCHAR(500) NULL;
ALTER TABLE documents_document ADD COLUMN restricted_until DATE NULL;
ALTER TABLE documents_document ADD COLUMN field VARCHAR(200) NOT NULL DEFAULT '';
ALTER TABLE documents_document ADD COLUMN keywords VARCHAR(500) NOT NULL DEFAULT '';
ALTER TABLE documents_document ADD COLUMN medium VARCHAR(30) NOT NULL DEFAULT 'electronic';
ALTER TABLE documents_document ADD COLUMN storage VARCHAR(300) NOT NULL DEFAULT '';
