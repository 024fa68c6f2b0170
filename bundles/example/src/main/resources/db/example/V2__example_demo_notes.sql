-- Demo content: two notes, so the example pages show something on a first run.
INSERT INTO example_note (title, body, created_at)
VALUES ('Чергова сесія міської ради', 'Сесія відбудеться у сесійній залі. Порядок денний опубліковано на сайті.', CURRENT_TIMESTAMP);
INSERT INTO example_note (title, body, created_at)
VALUES ('Графік прийому громадян', 'Міський голова приймає громадян щосереди з 10:00 до 13:00.', CURRENT_TIMESTAMP);
