-- Sessions of the council and its bodies, their agenda and roll-call votes (DOMAIN.md §4.3, §9.2).
-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- body_kind: plenary, presidium, standing_commission, executive_committee; status: planned, held, cancelled.
-- A session is public once published_at is set and has come, like a document. Deleting a linked
-- document leaves the session and its items without the link (ON DELETE SET NULL).
CREATE TABLE documents_session (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    body_kind            VARCHAR(30)  NOT NULL,
    body_name            VARCHAR(200) NOT NULL,
    convocation          INT,
    number               INT          NOT NULL,
    title                VARCHAR(500) NOT NULL,
    held_on              DATE         NOT NULL,
    starts_at            TIME         NULL,
    place                VARCHAR(300) NOT NULL,
    status               VARCHAR(20)  NOT NULL,
    notice_published_at  TIMESTAMP(6) NULL,
    video_url            VARCHAR(500) NULL,
    video_published_at   TIMESTAMP(6) NULL,
    protocol_document_id BIGINT       NULL,
    published_at         TIMESTAMP(6) NULL,
    created_at           TIMESTAMP(6) NOT NULL,
    updated_at           TIMESTAMP(6) NOT NULL,
    created_by           VARCHAR(100) NOT NULL,
    updated_by           VARCHAR(100) NOT NULL,
    version              BIGINT       NOT NULL,
    CONSTRAINT documents_session_protocol FOREIGN KEY (protocol_document_id) REFERENCES documents_document (id) ON DELETE SET NULL,
    CONSTRAINT documents_session_number UNIQUE (body_kind, body_name, convocation, number)
);
CREATE INDEX documents_session_held ON documents_session (held_on);

-- result: adopted, rejected, removed (from the agenda), no_vote. A secret ballot has no per-deputy votes.
CREATE TABLE documents_agenda_item (
    id                   BIGINT AUTO_INCREMENT PRIMARY KEY,
    session_id           BIGINT        NOT NULL,
    position             INT           NOT NULL,
    title                VARCHAR(1000) NOT NULL,
    draft_document_id    BIGINT        NULL,
    decision_document_id BIGINT        NULL,
    vote_held_at         TIMESTAMP(6)  NULL,
    votes_published_at   TIMESTAMP(6)  NULL,
    result               VARCHAR(20)   NOT NULL,
    secret_ballot        BOOLEAN       NOT NULL,
    CONSTRAINT documents_agenda_item_session FOREIGN KEY (session_id) REFERENCES documents_session (id) ON DELETE CASCADE,
    CONSTRAINT documents_agenda_item_draft FOREIGN KEY (draft_document_id) REFERENCES documents_document (id) ON DELETE SET NULL,
    CONSTRAINT documents_agenda_item_decision FOREIGN KEY (decision_document_id) REFERENCES documents_document (id) ON DELETE SET NULL
);
CREATE INDEX documents_agenda_item_position ON documents_agenda_item (session_id, position);

-- choice: for, against, abstained, did_not_vote, absent (За, Проти, Утримався, Не голосував, Відсутній).
CREATE TABLE documents_vote (
    id             BIGINT AUTO_INCREMENT PRIMARY KEY,
    agenda_item_id BIGINT       NOT NULL,
    deputy         VARCHAR(200) NOT NULL,
    choice         VARCHAR(20)  NOT NULL,
    CONSTRAINT documents_vote_item FOREIGN KEY (agenda_item_id) REFERENCES documents_agenda_item (id) ON DELETE CASCADE,
    CONSTRAINT documents_vote_deputy UNIQUE (agenda_item_id, deputy)
);
