-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
CREATE TABLE example_note (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    title      VARCHAR(200)  NOT NULL,
    body       VARCHAR(5000) NOT NULL,
    created_at TIMESTAMP(6)  NOT NULL
);
CREATE INDEX example_note_created ON example_note (created_at);
