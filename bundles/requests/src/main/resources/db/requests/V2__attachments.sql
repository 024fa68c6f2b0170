-- Files of a request: those the requester sent with it (kind 'requester') and the copies of documents
-- staff attach to the answer (kind 'answer'). They are personal or not yet public, so they live here,
-- never in the public media library. media_type is what the bytes were found to be, not what the
-- client claimed. The bytes are in a table of their own so that lists never read them.
CREATE TABLE requests_attachment (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    filename    VARCHAR(255)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    created_by  VARCHAR(100)  NOT NULL,
    created_at  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT requests_attachment_request FOREIGN KEY (request_id) REFERENCES requests_request (id)
);
CREATE INDEX requests_attachment_of ON requests_attachment (request_id, kind);

CREATE TABLE requests_attachment_content (
    attachment_id  BIGINT    PRIMARY KEY,
    content        LONGBLOB  NOT NULL,
    CONSTRAINT requests_attachment_content_of FOREIGN KEY (attachment_id) REFERENCES requests_attachment (id)
);

-- An answer's e-mail that carries its files (they are read when it is sent, so a retry sends them too).
ALTER TABLE requests_outbox ADD COLUMN with_attachments BOOLEAN DEFAULT FALSE NOT NULL;

-- Keys the bundle generates once and every node shares: the one download links are signed with.
CREATE TABLE requests_secret (
    name   VARCHAR(50)   PRIMARY KEY,
    value  VARCHAR(200)  NOT NULL
);
