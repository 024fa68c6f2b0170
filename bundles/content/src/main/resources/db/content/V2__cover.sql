-- A cover image per item: a media library id (no foreign key: the media bundle owns its table and
-- may be absent) and the item's own alt text, which overrides the file's.
ALTER TABLE content_item ADD COLUMN cover_id BIGINT;
ALTER TABLE content_item ADD COLUMN cover_alt VARCHAR(500);
