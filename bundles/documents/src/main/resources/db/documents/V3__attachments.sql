-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- A file attached to a document: the bytes live in the media library (media_id), the text extracted
-- from them lives here for search. text_status is 'extracted', 'no_text' (a scan, or a PDF without a
-- text layer) or 'failed' (the file could not be read; the attachment is kept).
-- ON DELETE CASCADE: deleting a document deletes its attachments (the media files stay in the library).
CREATE TABLE documents_attachment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NOT NULL,
    media_id     BIGINT       NOT NULL,
    filename     VARCHAR(255) NOT NULL,
    media_type   VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    title        VARCHAR(300),
    position     INT          NOT NULL,
    text         LONGTEXT     NOT NULL,
    text_status  VARCHAR(20)  NOT NULL,
    created_at   TIMESTAMP(6) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    CONSTRAINT documents_attachment_document FOREIGN KEY (document_id) REFERENCES documents_document (id)
        ON DELETE CASCADE
);
CREATE INDEX documents_attachment_order ON documents_attachment (document_id, position);
