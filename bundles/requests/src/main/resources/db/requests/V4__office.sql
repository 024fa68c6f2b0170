-- Where to send information requests (Article 19 part 6; Article 15 part 1 item 4 and item 11): the
-- council's request office, one row (id 1) for the whole site. The English texts are optional; the
-- site shows the Ukrainian one where no English is set. postal_address and email are what the bundle
-- requires before it calls the request procedure published; the columns stay nullable so that the
-- bundle, not the schema, says what is missing. Written once for H2 (MariaDB mode) and MariaDB.
CREATE TABLE requests_office (
    id                 INT           PRIMARY KEY,
    version            BIGINT        NOT NULL,
    unit_name          VARCHAR(300)  NULL,
    unit_name_en       VARCHAR(300)  NULL,
    postal_address     VARCHAR(500)  NULL,
    postal_address_en  VARCHAR(500)  NULL,
    email              VARCHAR(254)  NULL,
    phone              VARCHAR(40)   NULL,
    hours              VARCHAR(500)  NULL,
    hours_en           VARCHAR(500)  NULL,
    official_name      VARCHAR(300)  NULL,
    official_position  VARCHAR(300)  NULL,
    updated_at         TIMESTAMP(6)  NOT NULL,
    updated_by         VARCHAR(100)  NOT NULL
);
