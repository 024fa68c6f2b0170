-- The copying fee of Article 21, charged before the copies are given and then paid (status
-- awaiting_payment in between); and how a request staff registered was made (Article 19): written,
-- with its date and whether it is signed, or oral, with the official who wrote it down.
ALTER TABLE requests_request ADD COLUMN charge_amount DECIMAL(12,2) NULL;
ALTER TABLE requests_request ADD COLUMN charge_pages INT NULL;
ALTER TABLE requests_request ADD COLUMN charge_payment_details TEXT NULL;
ALTER TABLE requests_request ADD COLUMN charged_at TIMESTAMP(6) NULL;
ALTER TABLE requests_request ADD COLUMN paid_on DATE NULL;
ALTER TABLE requests_request ADD COLUMN payment_reference VARCHAR(200) NULL;
ALTER TABLE requests_request ADD COLUMN request_form VARCHAR(10) NULL;
ALTER TABLE requests_request ADD COLUMN written_on DATE NULL;
ALTER TABLE requests_request ADD COLUMN signed BOOLEAN NULL;
ALTER TABLE requests_request ADD COLUMN recorded_by VARCHAR(300) NULL;
ALTER TABLE requests_request ADD COLUMN recorded_by_phone VARCHAR(40) NULL;
