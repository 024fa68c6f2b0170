-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- DATETIME(6), not TIMESTAMP: MariaDB may give a TIMESTAMP column an implicit
-- "ON UPDATE CURRENT_TIMESTAMP" and it ends in 2038; the application writes every time itself (UTC).
CREATE TABLE security_user (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(255) NOT NULL,
    display_name  VARCHAR(200) NOT NULL,
    enabled       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL,
    CONSTRAINT security_user_username_uk UNIQUE (username)
);

CREATE TABLE security_user_role (
    user_id   BIGINT      NOT NULL,
    role_name VARCHAR(32) NOT NULL,
    PRIMARY KEY (user_id, role_name),
    CONSTRAINT security_user_role_user_fk FOREIGN KEY (user_id)
        REFERENCES security_user (id) ON DELETE CASCADE
);

-- Only the SHA-256 (hex) of a token is kept: a stolen database yields no usable token.
CREATE TABLE security_api_token (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    token_hash   VARCHAR(64)  NOT NULL,
    user_id      BIGINT       NOT NULL,
    name         VARCHAR(100) NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    last_used_at DATETIME(6)  NULL,
    revoked_at   DATETIME(6)  NULL,
    CONSTRAINT security_api_token_hash_uk UNIQUE (token_hash),
    CONSTRAINT security_api_token_user_fk FOREIGN KEY (user_id)
        REFERENCES security_user (id) ON DELETE CASCADE
);
CREATE INDEX security_api_token_expires ON security_api_token (expires_at);
