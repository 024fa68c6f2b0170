-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB; see V1 for DATETIME(6).

-- Browser sessions of the console. Only the SHA-256 (hex) of the cookie's secret is kept.
CREATE TABLE security_session (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_hash        VARCHAR(64)  NOT NULL,
    user_id             BIGINT       NOT NULL,
    csrf_token          VARCHAR(64)  NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    last_seen_at        DATETIME(6)  NOT NULL,
    idle_expires_at     DATETIME(6)  NOT NULL,
    absolute_expires_at DATETIME(6)  NOT NULL,
    client_address      VARCHAR(64)  NOT NULL,
    ended_at            DATETIME(6)  NULL,
    CONSTRAINT security_session_hash_uk UNIQUE (session_hash),
    CONSTRAINT security_session_user_fk FOREIGN KEY (user_id)
        REFERENCES security_user (id) ON DELETE CASCADE
);
CREATE INDEX security_session_absolute ON security_session (absolute_expires_at);

-- The append-only audit log. The application only ever inserts and reads.
CREATE TABLE security_audit (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    at          DATETIME(6)  NOT NULL,
    actor       VARCHAR(100) NOT NULL,
    channel     VARCHAR(20)  NOT NULL,
    action      VARCHAR(100) NOT NULL,
    entity_type VARCHAR(64)  NOT NULL,
    entity_id   VARCHAR(200) NOT NULL,
    summary     VARCHAR(500) NOT NULL,
    before_json LONGTEXT     NULL,
    after_json  LONGTEXT     NULL
);
CREATE INDEX security_audit_at ON security_audit (at);
CREATE INDEX security_audit_entity ON security_audit (entity_type, entity_id);
CREATE INDEX security_audit_actor ON security_audit (actor);

-- Integration tokens: named, one role of their own, owned by no user (user_id is null for them).
ALTER TABLE security_api_token ADD COLUMN kind VARCHAR(16) NOT NULL DEFAULT 'login';
ALTER TABLE security_api_token ADD COLUMN role_name VARCHAR(32) NULL;
ALTER TABLE security_api_token ADD COLUMN created_by VARCHAR(64) NULL;
ALTER TABLE security_api_token MODIFY user_id BIGINT NULL;
CREATE INDEX security_api_token_kind ON security_api_token (kind, name);
