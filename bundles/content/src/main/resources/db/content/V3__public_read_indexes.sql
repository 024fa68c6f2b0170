-- The public pages read published items of one type and language, newest first (lists, the home
-- page, feeds) or in the editors' order under a parent (the page tree). These indexes let both
-- databases read just the rows a page shows instead of scanning every item of the type.
CREATE INDEX content_item_public_newest ON content_item (type, language, status, published_at DESC, id DESC);
CREATE INDEX content_item_public_tree ON content_item (type, language, status, parent_id, position);
