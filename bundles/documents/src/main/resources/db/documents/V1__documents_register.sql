-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- Kinds are data: a council adds its own; numbering_scope is 'year' or 'convocation'.
CREATE TABLE documents_kind (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    code            VARCHAR(40)  NOT NULL,
    name_uk         VARCHAR(200) NOT NULL,
    name_en         VARCHAR(200) NOT NULL,
    segment         VARCHAR(60)  NOT NULL,
    numbering_scope VARCHAR(20)  NOT NULL,
    position        INT          NOT NULL,
    CONSTRAINT documents_kind_code UNIQUE (code),
    CONSTRAINT documents_kind_segment UNIQUE (segment)
);

INSERT INTO documents_kind (code, name_uk, name_en, segment, numbering_scope, position) VALUES
    ('council_decision', 'Рішення ради', 'Council decision', 'council-decisions', 'convocation', 10),
    ('executive_decision', 'Рішення виконавчого комітету', 'Executive committee decision', 'executive-decisions', 'year', 20),
    ('head_order', 'Розпорядження голови', 'Head''s order', 'orders', 'year', 30),
    ('draft_decision', 'Проєкт рішення', 'Draft decision', 'drafts', 'year', 40),
    ('protocol', 'Протокол', 'Protocol', 'protocols', 'year', 50),
    ('session_materials', 'Матеріали сесії', 'Session materials', 'session-materials', 'year', 60),
    ('roll_call_votes', 'Результати поіменного голосування', 'Roll-call vote results', 'roll-call-votes', 'year', 70);

-- number_scope is the numbering period the number is unique in: 'y2025' or 'c8' (convocation),
-- set by the store from the kind's scope, so one unique key serves both scopes.
CREATE TABLE documents_document (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    kind_id         BIGINT        NOT NULL,
    number          VARCHAR(40)   NOT NULL,
    number_scope    VARCHAR(20)   NOT NULL,
    adopted_on      DATE          NOT NULL,
    title           VARCHAR(500)  NOT NULL,
    summary         VARCHAR(2000) NOT NULL,
    body            LONGTEXT      NOT NULL,
    issuing_body    VARCHAR(200)  NOT NULL,
    convocation     INT,
    session_number  INT,
    department      VARCHAR(200)  NOT NULL,
    published_at    TIMESTAMP(6)  NULL,
    in_force_from   DATE,
    status          VARCHAR(30)   NOT NULL,
    normative       BOOLEAN       NOT NULL,
    regulatory      BOOLEAN       NOT NULL,
    created_at      TIMESTAMP(6)  NOT NULL,
    updated_at      TIMESTAMP(6)  NOT NULL,
    created_by      VARCHAR(100)  NOT NULL,
    version         BIGINT        NOT NULL,
    CONSTRAINT documents_document_kind FOREIGN KEY (kind_id) REFERENCES documents_kind (id),
    CONSTRAINT documents_document_number UNIQUE (kind_id, number_scope, number)
);
CREATE INDEX documents_document_adopted ON documents_document (adopted_on);
CREATE INDEX documents_document_published ON documents_document (published_at);

-- A typed link from one document to another; the reverse (amended by, repealed by, adopted as) is read, not stored.
CREATE TABLE documents_link (
    id        BIGINT AUTO_INCREMENT PRIMARY KEY,
    from_id   BIGINT      NOT NULL,
    to_id     BIGINT      NOT NULL,
    link_type VARCHAR(30) NOT NULL,
    CONSTRAINT documents_link_from FOREIGN KEY (from_id) REFERENCES documents_document (id),
    CONSTRAINT documents_link_to FOREIGN KEY (to_id) REFERENCES documents_document (id),
    CONSTRAINT documents_link_unique UNIQUE (from_id, to_id, link_type)
);
CREATE INDEX documents_link_target ON documents_link (to_id);
