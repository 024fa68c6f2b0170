-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- parent_id and translation_id are SET NULL on delete: deleting a page leaves its children as
-- top-level pages, and deleting one language version leaves the other standing unlinked.
CREATE TABLE content_item (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    type           VARCHAR(20)   NOT NULL,
    language       VARCHAR(2)    NOT NULL,
    title          VARCHAR(300)  NOT NULL,
    slug           VARCHAR(80)   NOT NULL,
    summary        VARCHAR(1000) NOT NULL,
    body           LONGTEXT      NOT NULL,
    section        VARCHAR(100),
    pinned         BOOLEAN       NOT NULL,
    status         VARCHAR(20)   NOT NULL,
    publish_at     DATETIME(6),
    unpublish_at   DATETIME(6),
    published_at   DATETIME(6),
    parent_id      BIGINT,
    position       INT           NOT NULL,
    translation_id BIGINT,
    author         VARCHAR(64)   NOT NULL,
    created_at     DATETIME(6)   NOT NULL,
    updated_at     DATETIME(6)   NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT content_item_slug UNIQUE (type, language, slug),
    CONSTRAINT content_item_parent FOREIGN KEY (parent_id) REFERENCES content_item (id) ON DELETE SET NULL,
    CONSTRAINT content_item_translation FOREIGN KEY (translation_id) REFERENCES content_item (id) ON DELETE SET NULL
);
CREATE INDEX content_item_list ON content_item (type, status, published_at);
CREATE INDEX content_item_status_times ON content_item (status, publish_at, unpublish_at);
CREATE INDEX content_item_section ON content_item (type, section);

CREATE TABLE content_item_tag (
    item_id BIGINT      NOT NULL,
    tag     VARCHAR(50) NOT NULL,
    PRIMARY KEY (item_id, tag),
    CONSTRAINT content_item_tag_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
);
CREATE INDEX content_item_tag_tag ON content_item_tag (tag);

CREATE TABLE content_revision (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    item_id    BIGINT      NOT NULL,
    number     INT         NOT NULL,
    action     VARCHAR(30) NOT NULL,
    actor      VARCHAR(64) NOT NULL,
    created_at DATETIME(6) NOT NULL,
    snapshot   LONGTEXT    NOT NULL,
    CONSTRAINT content_revision_number UNIQUE (item_id, number),
    CONSTRAINT content_revision_item FOREIGN KEY (item_id) REFERENCES content_item (id) ON DELETE CASCADE
);
