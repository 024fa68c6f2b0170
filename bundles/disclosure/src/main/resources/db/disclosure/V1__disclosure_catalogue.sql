-- Article 15 of the Law "On Access to Public Information" as data (DOMAIN.md section 1.2): part 1
-- items 1-12 with 5-1 and the eight points of item 11, then parts 2-6 (deadlines and manner).
-- Ids are those DisclosureCheck.item() uses: '1.2', '1.5-1', '1.11.3', '2'. parent_id ties the
-- points of item 11 to it. applies_to_council is false where the duty normally falls on someone
-- else (part 3: communal profit-making enterprises publish their managers' pay on their own sites).
CREATE TABLE disclosure_item (
    id                 VARCHAR(12)  NOT NULL PRIMARY KEY,
    parent_id          VARCHAR(12)  NULL,
    part               INT          NOT NULL,
    position           INT          NOT NULL,
    name_uk            VARCHAR(400) NOT NULL,
    name_en            VARCHAR(400) NOT NULL,
    applies_to_council BOOLEAN      NOT NULL
);

-- One row per run of a check; the runner keeps the newest rows of each check (see ResultStore).
CREATE TABLE disclosure_result (
    id         BIGINT AUTO_INCREMENT PRIMARY KEY,
    check_id   VARCHAR(120)  NOT NULL,
    item_id    VARCHAR(12)   NOT NULL,
    title_uk   VARCHAR(400)  NOT NULL,
    title_en   VARCHAR(400)  NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    summary_uk VARCHAR(2000) NOT NULL,
    summary_en VARCHAR(2000) NOT NULL,
    advice_uk  VARCHAR(2000) NOT NULL,
    advice_en  VARCHAR(2000) NOT NULL,
    evidence   LONGTEXT      NOT NULL,
    since      TIMESTAMP(6)  NULL,
    checked_at TIMESTAMP(6)  NOT NULL,
    duration_ms BIGINT       NOT NULL
);
CREATE INDEX disclosure_result_check ON disclosure_result (check_id, checked_at);
CREATE INDEX disclosure_result_item ON disclosure_result (item_id, checked_at);

-- An editor's word on an item no installed bundle checks: one per item, replaced on each attestation.
CREATE TABLE disclosure_attestation (
    item_id      VARCHAR(12)   NOT NULL PRIMARY KEY,
    status       VARCHAR(20)   NOT NULL,
    url          VARCHAR(1000) NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    attested_on  DATE          NOT NULL,
    review_days  INT           NOT NULL,
    attested_by  VARCHAR(100)  NOT NULL,
    updated_at   TIMESTAMP(6)  NOT NULL,
    CONSTRAINT disclosure_attestation_item FOREIGN KEY (item_id) REFERENCES disclosure_item (id)
);

INSERT INTO disclosure_item (id, parent_id, part, position, name_uk, name_en, applies_to_council) VALUES
('1.1', NULL, 1, 10, 'Організаційна структура, місія, функції, повноваження, основні завдання, напрями діяльності та фінансові ресурси (зокрема структура й обсяг бюджетних коштів, порядок і механізм їх витрачання)', 'Organisational structure, mission, functions, powers, main tasks, areas of activity and financial resources (including the structure and amount of budget funds and how they are spent)', TRUE),
('1.2', NULL, 1, 20, 'Нормативно-правові акти, акти індивідуальної дії (крім внутрішньоорганізаційних), проєкти рішень, що підлягають обговоренню, інформація про нормативно-правові засади діяльності', 'Normative legal acts, individual acts (except internal-organisational ones), draft decisions subject to discussion, and the legal basis of the activity', TRUE),
('1.3', NULL, 1, 30, 'Перелік та умови отримання послуг, форми і зразки документів, правила їх заповнення', 'The services provided and the conditions for getting them, forms and sample documents, rules for filling them in', TRUE),
('1.4', NULL, 1, 40, 'Порядок складання, подання запиту на інформацію, оскарження рішень, дій чи бездіяльності розпорядника', 'How to draft and submit an information request, and how to appeal the holder''s decisions, actions or inaction', TRUE),
('1.5', NULL, 1, 50, 'Інформація про систему обліку, види інформації, якою володіє розпорядник', 'The accounting system and the kinds of information the holder has', TRUE),
('1.5-1', NULL, 1, 55, 'Перелік наборів даних, що оприлюднюються у формі відкритих даних', 'The list of datasets published as open data', TRUE),
('1.6', NULL, 1, 60, 'Механізми чи процедури, за допомогою яких громадськість може представляти свої інтереси або в інший спосіб впливати на реалізацію повноважень розпорядника', 'Mechanisms or procedures through which the public can represent its interests or otherwise influence how the holder uses its powers', TRUE),
('1.7', NULL, 1, 70, 'Плани проведення та порядок денний відкритих засідань', 'Plans for open meetings and their agendas', TRUE),
('1.8', NULL, 1, 80, 'Розташування місць, де надаються необхідні запитувачам форми і бланки', 'Where the forms and blanks requesters need are handed out', TRUE),
('1.9', NULL, 1, 90, 'Загальні правила роботи установи, правила внутрішнього трудового розпорядку', 'General rules of the institution''s work and its internal labour rules', TRUE),
('1.10', NULL, 1, 100, 'Звіти, зокрема щодо задоволення запитів на інформацію', 'Reports, including reports on how information requests were satisfied', TRUE),
('1.11', NULL, 1, 110, 'Відомості суб’єкта владних повноважень (пункти 11.1–11.8)', 'Information a subject of authority publishes (points 11.1–11.8)', TRUE),
('1.11.1', '1.11', 1, 111, 'Місцезнаходження, поштова адреса, номери засобів зв’язку, адреса офіційного вебсайту та електронної пошти', 'Location, postal address, phone numbers, official website and e-mail addresses', TRUE),
('1.11.2', '1.11', 1, 112, 'Прізвища, імена, по батькові, службові телефони та адреси електронної пошти керівника, його заступників, керівників структурних і регіональних підрозділів, основні функції підрозділів', 'Names, work phones and e-mails of the head, the deputies and the heads of structural and regional units; the main functions of the units', TRUE),
('1.11.3', '1.11', 1, 113, 'Розклад роботи та графік прийому громадян', 'Working hours and the schedule for receiving citizens', TRUE),
('1.11.4', '1.11', 1, 114, 'Вакансії, порядок та умови проходження конкурсу на заміщення вакантних посад', 'Vacancies, and the procedure and conditions of competitions for them', TRUE),
('1.11.5', '1.11', 1, 115, 'Перелік та умови надання послуг, форми і зразки документів, необхідних для їх надання, правила їх оформлення', 'The services and their conditions, forms and samples of the documents needed, and the rules for completing them', TRUE),
('1.11.6', '1.11', 1, 116, 'Перелік і службові телефони підприємств, установ та організацій, що належать до сфери управління, та їх керівників', 'Enterprises, institutions and organisations in its sphere of management, their heads and work phones', TRUE),
('1.11.7', '1.11', 1, 117, 'Порядок складання, подання запиту на інформацію, оскарження рішень, дій чи бездіяльності', 'How to draft and submit a request and how to appeal decisions, actions or inaction', TRUE),
('1.11.8', '1.11', 1, 118, 'Система обліку, види інформації, якою володіє суб’єкт владних повноважень', 'The accounting system and the kinds of information the subject of authority has', TRUE),
('1.12', NULL, 1, 120, 'Інша інформація про діяльність, обов’язковість оприлюднення якої встановлена законом', 'Other information about its activity that a law requires to be published', TRUE),
('2', NULL, 2, 200, 'Оприлюднення прийнятих документів невідкладно, не пізніше п’яти робочих днів з дня їх затвердження', 'Adopted documents published at once, no later than five working days from their approval', TRUE),
('3', NULL, 3, 300, 'Оплата праці керівників комунальних господарських підприємств: щомісяця до 5 числа, за рік до 1 лютого, на їхніх вебсайтах', 'Pay of the managers of communal profit-making enterprises: monthly by the 5th, yearly by 1 February, on their own websites', FALSE),
('4', NULL, 4, 400, 'Проєкти рішень оприлюднюються не пізніше ніж за 10 робочих днів до розгляду (за 5 — окремі земельні питання)', 'Draft decisions published no later than 10 working days before their consideration (5 for certain land matters)', TRUE),
('5', NULL, 5, 500, 'Невідкладне оприлюднення інформації про факти, що загрожують життю, здоров’ю та/або майну осіб, і про вжиті заходи', 'Facts that threaten people''s life, health or property, and the measures taken, published at once', TRUE),
('6', NULL, 6, 600, 'Оприлюднення на офіційному вебсайті із зазначенням дати оприлюднення документа і дати оновлення інформації', 'Published on the official website, showing the date each document was published and the date the information was updated', TRUE);
