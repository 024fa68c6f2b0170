-- Demo sessions of the fictional Khmarivka city council ("Хмарівська міська рада", 8th convocation):
-- sessions 52 (2026-09-24) and 53 (2026-11-26), held, with agenda, roll-call votes of 12 fictional
-- deputies, the notice 14 days before and the video (a placeholder link) and vote results the same
-- evening; session 54 (2026-12-22) planned, not announced yet, without votes.
-- Loaded by DemoSessions only in demo mode (demo=true) into an empty session table: not a migration.
-- Items find their drafts, decisions and protocols by kind and number (loaded by the documents demo);
-- a document that is not there leaves the link NULL. Times are UTC (Kyiv is UTC+3 in September,
-- UTC+2 in November). Written for both H2 (MariaDB mode) and MariaDB.

-- session 52
INSERT INTO documents_session (body_kind, body_name, convocation, number, title, held_on, starts_at, place,
    status, notice_published_at, video_url, video_published_at, protocol_document_id, published_at,
    created_at, updated_at, created_by, updated_by, version)
VALUES ('plenary', 'Хмарівська міська рада', 8, 52, '52 сесія Хмарівської міської ради VIII скликання', '2026-09-24', '10:00:00', 'Сесійна зала міської ради, вул. Соборна, 1, м. Хмарівка',
    'held', '2026-09-10 07:00:00', 'https://www.youtube.com/watch?v=KhmRada52s8', '2026-09-24 17:30:00',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'protocol' AND d.number = '52' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    '2026-09-10 07:00:00', '2026-09-10 07:00:00', '2026-09-24 17:30:00', 'demo', 'demo', 0);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 52), 1,
    'Про затвердження Програми розвитку освіти Хмарівської міської територіальної громади на 2027–2029 роки',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'draft_decision' AND d.number = 'П-41' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'council_decision' AND d.number = '2101-VIII' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    '2026-09-24 07:25:00', '2026-09-24 17:30:00', 'adopted', FALSE);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 52), 2,
    'Про внесення змін до бюджету Хмарівської міської територіальної громади на 2026 рік',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'draft_decision' AND d.number = 'П-42' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'council_decision' AND d.number = '2102-VIII' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    '2026-09-24 08:10:00', '2026-09-24 17:30:00', 'adopted', FALSE);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 52), 3,
    'Про надання дозволу на розроблення проєкту землеустрою щодо відведення земельної ділянки для будівництва спортивного майданчика по вул. Шкільній',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'draft_decision' AND d.number = 'П-43' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'council_decision' AND d.number = '2103-VIII' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    '2026-09-24 08:40:00', '2026-09-24 17:30:00', 'adopted', FALSE);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 52), 4,
    'Інформація міського голови про виконання бюджету громади за І півріччя 2026 року',
    NULL,
    NULL,
    NULL, NULL, 'no_vote', FALSE);

-- roll-call votes of session 52, item by item, deputies in the order of the roll
INSERT INTO documents_vote (agenda_item_id, deputy, choice)
SELECT i.id, v.deputy, v.choice
FROM documents_agenda_item i
JOIN documents_session s ON s.id = i.session_id
JOIN (SELECT 1 AS pos, 1 AS n, 'Ковальчук Олена Петрівна' AS deputy, 'for' AS choice
      UNION ALL SELECT 1, 2, 'Бондаренко Іван Миколайович', 'for'
      UNION ALL SELECT 1, 3, 'Шевчук Наталія Василівна', 'for'
      UNION ALL SELECT 1, 4, 'Мельник Андрій Олегович', 'for'
      UNION ALL SELECT 1, 5, 'Ткаченко Оксана Іванівна', 'for'
      UNION ALL SELECT 1, 6, 'Кравчук Сергій Володимирович', 'for'
      UNION ALL SELECT 1, 7, 'Олійник Марія Степанівна', 'for'
      UNION ALL SELECT 1, 8, 'Савченко Богдан Юрійович', 'for'
      UNION ALL SELECT 1, 9, 'Литвиненко Ірина Анатоліївна', 'for'
      UNION ALL SELECT 1, 10, 'Гончаренко Віктор Петрович', 'for'
      UNION ALL SELECT 1, 11, 'Руденко Тетяна Олександрівна', 'for'
      UNION ALL SELECT 1, 12, 'Мороз Дмитро Васильович', 'absent'
      UNION ALL SELECT 2, 1, 'Ковальчук Олена Петрівна', 'for'
      UNION ALL SELECT 2, 2, 'Бондаренко Іван Миколайович', 'for'
      UNION ALL SELECT 2, 3, 'Шевчук Наталія Василівна', 'for'
      UNION ALL SELECT 2, 4, 'Мельник Андрій Олегович', 'for'
      UNION ALL SELECT 2, 5, 'Ткаченко Оксана Іванівна', 'for'
      UNION ALL SELECT 2, 6, 'Кравчук Сергій Володимирович', 'for'
      UNION ALL SELECT 2, 7, 'Олійник Марія Степанівна', 'for'
      UNION ALL SELECT 2, 8, 'Савченко Богдан Юрійович', 'for'
      UNION ALL SELECT 2, 9, 'Литвиненко Ірина Анатоліївна', 'for'
      UNION ALL SELECT 2, 10, 'Гончаренко Віктор Петрович', 'against'
      UNION ALL SELECT 2, 11, 'Руденко Тетяна Олександрівна', 'abstained'
      UNION ALL SELECT 2, 12, 'Мороз Дмитро Васильович', 'absent'
      UNION ALL SELECT 3, 1, 'Ковальчук Олена Петрівна', 'for'
      UNION ALL SELECT 3, 2, 'Бондаренко Іван Миколайович', 'for'
      UNION ALL SELECT 3, 3, 'Шевчук Наталія Василівна', 'for'
      UNION ALL SELECT 3, 4, 'Мельник Андрій Олегович', 'for'
      UNION ALL SELECT 3, 5, 'Ткаченко Оксана Іванівна', 'for'
      UNION ALL SELECT 3, 6, 'Кравчук Сергій Володимирович', 'did_not_vote'
      UNION ALL SELECT 3, 7, 'Олійник Марія Степанівна', 'for'
      UNION ALL SELECT 3, 8, 'Савченко Богдан Юрійович', 'abstained'
      UNION ALL SELECT 3, 9, 'Литвиненко Ірина Анатоліївна', 'for'
      UNION ALL SELECT 3, 10, 'Гончаренко Віктор Петрович', 'for'
      UNION ALL SELECT 3, 11, 'Руденко Тетяна Олександрівна', 'for'
      UNION ALL SELECT 3, 12, 'Мороз Дмитро Васильович', 'absent'
     ) v ON v.pos = i.position
WHERE s.body_kind = 'plenary' AND s.convocation = 8 AND s.number = 52
ORDER BY i.position, v.n;

-- session 53
INSERT INTO documents_session (body_kind, body_name, convocation, number, title, held_on, starts_at, place,
    status, notice_published_at, video_url, video_published_at, protocol_document_id, published_at,
    created_at, updated_at, created_by, updated_by, version)
VALUES ('plenary', 'Хмарівська міська рада', 8, 53, '53 сесія Хмарівської міської ради VIII скликання', '2026-11-26', '10:00:00', 'Сесійна зала міської ради, вул. Соборна, 1, м. Хмарівка',
    'held', '2026-11-12 08:00:00', 'https://www.youtube.com/watch?v=KhmRada53s8', '2026-11-26 18:00:00',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'protocol' AND d.number = '53' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    '2026-11-12 08:00:00', '2026-11-12 08:00:00', '2026-11-26 18:00:00', 'demo', 'demo', 0);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 53), 1,
    'Про бюджет Хмарівської міської територіальної громади на 2027 рік',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'draft_decision' AND d.number = 'П-55' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'council_decision' AND d.number = '2140-VIII' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    '2026-11-26 08:05:00', '2026-11-26 18:00:00', 'adopted', FALSE);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 53), 2,
    'Про затвердження Програми благоустрою Хмарівської міської територіальної громади на 2027 рік',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'draft_decision' AND d.number = 'П-56' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'council_decision' AND d.number = '2141-VIII' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    '2026-11-26 08:50:00', '2026-11-26 18:00:00', 'adopted', FALSE);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 53), 3,
    'Про перейменування вулиці Садової у місті Хмарівка на вулицю Героїв Хмарівщини',
    (SELECT d.id FROM documents_document d JOIN documents_kind k ON k.id = d.kind_id
      WHERE k.code = 'draft_decision' AND d.number = 'П-57' ORDER BY d.adopted_on DESC, d.id DESC LIMIT 1),
    NULL,
    '2026-11-26 09:30:00', '2026-11-26 18:00:00', 'rejected', FALSE);

-- roll-call votes of session 53, item by item, deputies in the order of the roll
INSERT INTO documents_vote (agenda_item_id, deputy, choice)
SELECT i.id, v.deputy, v.choice
FROM documents_agenda_item i
JOIN documents_session s ON s.id = i.session_id
JOIN (SELECT 1 AS pos, 1 AS n, 'Ковальчук Олена Петрівна' AS deputy, 'for' AS choice
      UNION ALL SELECT 1, 2, 'Бондаренко Іван Миколайович', 'for'
      UNION ALL SELECT 1, 3, 'Шевчук Наталія Василівна', 'for'
      UNION ALL SELECT 1, 4, 'Мельник Андрій Олегович', 'for'
      UNION ALL SELECT 1, 5, 'Ткаченко Оксана Іванівна', 'for'
      UNION ALL SELECT 1, 6, 'Кравчук Сергій Володимирович', 'for'
      UNION ALL SELECT 1, 7, 'Олійник Марія Степанівна', 'absent'
      UNION ALL SELECT 1, 8, 'Савченко Богдан Юрійович', 'for'
      UNION ALL SELECT 1, 9, 'Литвиненко Ірина Анатоліївна', 'for'
      UNION ALL SELECT 1, 10, 'Гончаренко Віктор Петрович', 'against'
      UNION ALL SELECT 1, 11, 'Руденко Тетяна Олександрівна', 'for'
      UNION ALL SELECT 1, 12, 'Мороз Дмитро Васильович', 'for'
      UNION ALL SELECT 2, 1, 'Ковальчук Олена Петрівна', 'for'
      UNION ALL SELECT 2, 2, 'Бондаренко Іван Миколайович', 'for'
      UNION ALL SELECT 2, 3, 'Шевчук Наталія Василівна', 'abstained'
      UNION ALL SELECT 2, 4, 'Мельник Андрій Олегович', 'for'
      UNION ALL SELECT 2, 5, 'Ткаченко Оксана Іванівна', 'for'
      UNION ALL SELECT 2, 6, 'Кравчук Сергій Володимирович', 'for'
      UNION ALL SELECT 2, 7, 'Олійник Марія Степанівна', 'absent'
      UNION ALL SELECT 2, 8, 'Савченко Богдан Юрійович', 'for'
      UNION ALL SELECT 2, 9, 'Литвиненко Ірина Анатоліївна', 'for'
      UNION ALL SELECT 2, 10, 'Гончаренко Віктор Петрович', 'for'
      UNION ALL SELECT 2, 11, 'Руденко Тетяна Олександрівна', 'for'
      UNION ALL SELECT 2, 12, 'Мороз Дмитро Васильович', 'for'
      UNION ALL SELECT 3, 1, 'Ковальчук Олена Петрівна', 'for'
      UNION ALL SELECT 3, 2, 'Бондаренко Іван Миколайович', 'against'
      UNION ALL SELECT 3, 3, 'Шевчук Наталія Василівна', 'for'
      UNION ALL SELECT 3, 4, 'Мельник Андрій Олегович', 'against'
      UNION ALL SELECT 3, 5, 'Ткаченко Оксана Іванівна', 'abstained'
      UNION ALL SELECT 3, 6, 'Кравчук Сергій Володимирович', 'for'
      UNION ALL SELECT 3, 7, 'Олійник Марія Степанівна', 'absent'
      UNION ALL SELECT 3, 8, 'Савченко Богдан Юрійович', 'against'
      UNION ALL SELECT 3, 9, 'Литвиненко Ірина Анатоліївна', 'for'
      UNION ALL SELECT 3, 10, 'Гончаренко Віктор Петрович', 'against'
      UNION ALL SELECT 3, 11, 'Руденко Тетяна Олександрівна', 'abstained'
      UNION ALL SELECT 3, 12, 'Мороз Дмитро Васильович', 'did_not_vote'
     ) v ON v.pos = i.position
WHERE s.body_kind = 'plenary' AND s.convocation = 8 AND s.number = 53
ORDER BY i.position, v.n;

-- session 54
INSERT INTO documents_session (body_kind, body_name, convocation, number, title, held_on, starts_at, place,
    status, notice_published_at, video_url, video_published_at, protocol_document_id, published_at,
    created_at, updated_at, created_by, updated_by, version)
VALUES ('plenary', 'Хмарівська міська рада', 8, 54, '54 сесія Хмарівської міської ради VIII скликання', '2026-12-22', '10:00:00', 'Сесійна зала міської ради, вул. Соборна, 1, м. Хмарівка',
    'planned', NULL, NULL, NULL,
    NULL,
    NULL, '2026-11-27 09:00:00', '2026-11-27 09:00:00', 'demo', 'demo', 0);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 54), 1,
    'Про затвердження плану діяльності з підготовки проєктів регуляторних актів на 2027 рік',
    NULL,
    NULL,
    NULL, NULL, 'no_vote', FALSE);

INSERT INTO documents_agenda_item (session_id, position, title, draft_document_id, decision_document_id,
    vote_held_at, votes_published_at, result, secret_ballot)
VALUES ((SELECT id FROM documents_session WHERE body_kind = 'plenary' AND convocation = 8 AND number = 54), 2,
    'Про затвердження плану роботи Хмарівської міської ради на 2027 рік',
    NULL,
    NULL,
    NULL, NULL, 'no_vote', FALSE);
