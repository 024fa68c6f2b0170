-- The register of information requests (Articles 19-22 of the access law; DOMAIN.md section 9.2).
-- Written once for both the embedded database (H2, MariaDB mode) and MariaDB.
-- due_at is the exclusive end of the term (the start of the day after the last day in Kyiv, or
-- 48 hours after receipt for an urgent request); due_on is the term's last day. Both are null
-- while a request is with another holder (forwarded). tracking_hash is the SHA-256 of the
-- requester's tracking code, hex: the code itself is never stored. The long texts are TEXT to keep
-- the row within MariaDB's 64 KB (utf8mb4); their lengths are checked by the bundle.
CREATE TABLE requests_request (
    id                          BIGINT AUTO_INCREMENT PRIMARY KEY,
    version                     BIGINT        NOT NULL,
    number                      VARCHAR(20)   NOT NULL,
    received_at                 TIMESTAMP(6)  NOT NULL,
    channel                     VARCHAR(20)   NOT NULL,
    requester_name              VARCHAR(300)  NOT NULL,
    requester_email             VARCHAR(254)  NULL,
    requester_postal            VARCHAR(500)  NULL,
    requester_phone             VARCHAR(40)   NULL,
    description                 TEXT          NOT NULL,
    urgent                      BOOLEAN       NOT NULL,
    urgency_ground              VARCHAR(30)   NULL,
    urgency_justification       TEXT          NULL,
    status                      VARCHAR(20)   NOT NULL,
    department                  VARCHAR(200)  NULL,
    assignee                    VARCHAR(200)  NULL,
    due_at                      TIMESTAMP(6)  NULL,
    due_on                      DATE          NULL,
    extension_reason            TEXT          NULL,
    extension_notice_at         TIMESTAMP(6)  NULL,
    closed_at                   TIMESTAMP(6)  NULL,
    answer_text                 LONGTEXT      NULL,
    pages_count                 INT           NULL,
    fee                         DECIMAL(12,2) NULL,
    fee_waived                  BOOLEAN       NULL,
    refusal_ground              VARCHAR(30)   NULL,
    refusal_official_name       VARCHAR(300)  NULL,
    refusal_official_position   VARCHAR(300)  NULL,
    refused_on                  DATE          NULL,
    refusal_reason              TEXT          NULL,
    refusal_appeal              TEXT          NULL,
    refusal_signature           VARCHAR(300)  NULL,
    deferral_official_name      VARCHAR(300)  NULL,
    deferral_official_position  VARCHAR(300)  NULL,
    deferral_notice_on          DATE          NULL,
    deferral_reason             TEXT          NULL,
    deferred_until              DATE          NULL,
    deferral_appeal             TEXT          NULL,
    deferral_signature          VARCHAR(300)  NULL,
    forwarded_to                VARCHAR(300)  NULL,
    forwarded_at                TIMESTAMP(6)  NULL,
    tracking_hash               CHAR(64)      NOT NULL,
    created_by                  VARCHAR(100)  NOT NULL,
    created_at                  TIMESTAMP(6)  NOT NULL,
    updated_at                  TIMESTAMP(6)  NOT NULL,
    CONSTRAINT requests_request_number UNIQUE (number)
);
CREATE INDEX requests_request_received ON requests_request (received_at);
CREATE INDEX requests_request_status_due ON requests_request (status, due_at);

-- Every change of a request's deadline, with its reason: the first term, urgency, extension,
-- deferral, forwarding.
CREATE TABLE requests_deadline_change (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id  BIGINT        NOT NULL,
    changed_at  TIMESTAMP(6)  NOT NULL,
    kind        VARCHAR(20)   NOT NULL,
    due_before  DATE          NULL,
    due_after   DATE          NULL,
    reason      VARCHAR(2000) NOT NULL,
    actor       VARCHAR(100)  NOT NULL,
    CONSTRAINT requests_deadline_change_request FOREIGN KEY (request_id) REFERENCES requests_request (id)
);
CREATE INDEX requests_deadline_change_of ON requests_deadline_change (request_id, changed_at);

-- The last registration number given per year.
CREATE TABLE requests_counter (
    year        INT PRIMARY KEY,
    last_value  INT NOT NULL
);

-- E-mail to requesters, written in the same transaction as the change it tells about and sent
-- after the commit; a failed send is tried again later (attempts, next_attempt_at) until it goes
-- or gives up (failed).
CREATE TABLE requests_outbox (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    request_id       BIGINT        NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    recipient        VARCHAR(254)  NOT NULL,
    subject          VARCHAR(500)  NOT NULL,
    body             LONGTEXT      NOT NULL,
    created_at       TIMESTAMP(6)  NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  TIMESTAMP(6)  NOT NULL,
    sent_at          TIMESTAMP(6)  NULL,
    failed           BOOLEAN       NOT NULL,
    last_error       VARCHAR(1000) NULL,
    CONSTRAINT requests_outbox_request FOREIGN KEY (request_id) REFERENCES requests_request (id)
);
CREATE INDEX requests_outbox_due ON requests_outbox (sent_at, failed, next_attempt_at);
