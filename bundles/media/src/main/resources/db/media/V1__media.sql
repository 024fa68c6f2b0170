-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- One row per upload; rows with the same sha256 share one file on disk (data/media/ab/cd/<sha256>).
-- renditions: the widths of the smaller copies made, comma-separated (e.g. "320,640"), or empty.
CREATE TABLE media_file (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    filename    VARCHAR(130)  NOT NULL,
    media_type  VARCHAR(100)  NOT NULL,
    kind        VARCHAR(10)   NOT NULL,
    size_bytes  BIGINT        NOT NULL,
    sha256      CHAR(64)      NOT NULL,
    width       INT,
    height      INT,
    renditions  VARCHAR(100)  NOT NULL,
    alt         VARCHAR(500),
    title       VARCHAR(300),
    uploaded_by VARCHAR(64)   NOT NULL,
    created_at  DATETIME(6)   NOT NULL,
    updated_at  DATETIME(6)   NOT NULL,
    version     BIGINT        NOT NULL
);
CREATE INDEX media_file_sha256 ON media_file (sha256);
CREATE INDEX media_file_kind_created ON media_file (kind, created_at);
