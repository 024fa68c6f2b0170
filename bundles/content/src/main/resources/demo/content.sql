-- Demo content: the public site of the fictional Khmarivka city council ("Хмарівська міська рада"),
-- so a newcomer sees a living site on the first start: 12 news (one pinned), 4 announcements, a small
-- page tree ("Про раду" with three children), one city-service material and two English translations.
-- Everything is published; dates are relative to the day it is loaded, so the demo looks recent.
-- Loaded by DemoContent only in demo mode (demo=true) into an empty content table: not a migration,
-- so a council's production site never starts with invented news.
-- Slugs are what Slugs.of(title) gives (CMU resolution No. 55); bodies are what RichText.sanitize keeps
-- unchanged; every item gets its first revision ("created" by "demo") with the same snapshot JSON the
-- store writes (Snapshots.toJson). Written for both H2 (MariaDB mode) and MariaDB: ids come from
-- AUTO_INCREMENT and are looked up by (type, language, slug).
-- A council deletes the demo items in the console or with DELETE /api/v1/{type}/{id}; tags and
-- revisions go with them (ON DELETE CASCADE).


-- news (uk)
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Хмарівська міська рада ухвалила бюджет громади на 2027 рік',
        'khmarivska-miska-rada-ukhvalyla-biudzhet-hromady-na-2027-rik',
        'Депутати підтримали головний фінансовий документ громади: найбільше коштів спрямують на освіту, ремонт доріг і підтримку захисників.',
        '<p>На пленарному засіданні 34-ї сесії Хмарівська міська рада ухвалила бюджет громади на 2027 рік. За рішення проголосували 28 депутатів із 34 присутніх.</p><p>Доходи загального фонду заплановано на рівні 412,6 млн грн. Основні напрями видатків:</p><ul><li>освіта — 187,3 млн грн, зокрема облаштування укриттів у закладах освіти;</li><li>ремонт доріг і тротуарів — 38,5 млн грн;</li><li>програма підтримки захисників і захисниць та їхніх родин — 12 млн грн;</li><li>бюджет участі — 3 млн грн.</li></ul><p>Повний текст рішення та додатки до нього опубліковано в розділі «Документи». Результати поіменного голосування розміщено на сайті в день засідання.</p>',
        'vlada',
        TRUE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 780, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 690, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 1980, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'бюджет' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'khmarivska-miska-rada-ukhvalyla-biudzhet-hromady-na-2027-rik';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'сесія' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'khmarivska-miska-rada-ukhvalyla-biudzhet-hromady-na-2027-rik';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Хмарівська міська рада ухвалила бюджет громади на 2027 рік","slug":"khmarivska-miska-rada-ukhvalyla-biudzhet-hromady-na-2027-rik","summary":"Депутати підтримали головний фінансовий документ громади: найбільше коштів спрямують на освіту, ремонт доріг і підтримку захисників.","body":"<p>На пленарному засіданні 34-ї сесії Хмарівська міська рада ухвалила бюджет громади на 2027 рік. За рішення проголосували 28 депутатів із 34 присутніх.</p><p>Доходи загального фонду заплановано на рівні 412,6 млн грн. Основні напрями видатків:</p><ul><li>освіта — 187,3 млн грн, зокрема облаштування укриттів у закладах освіти;</li><li>ремонт доріг і тротуарів — 38,5 млн грн;</li><li>програма підтримки захисників і захисниць та їхніх родин — 12 млн грн;</li><li>бюджет участі — 3 млн грн.</li></ul><p>Повний текст рішення та додатки до нього опубліковано в розділі «Документи». Результати поіменного голосування розміщено на сайті в день засідання.</p>","section":"vlada","tags":["бюджет","сесія"],"pinned":true,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'khmarivska-miska-rada-ukhvalyla-biudzhet-hromady-na-2027-rik';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Розпочато капітальний ремонт вулиці Садової',
        'rozpochato-kapitalnyi-remont-vulytsi-sadovoi',
        'До кінця травня підрядник замінить покриття проїжджої частини, облаштує тротуари та пониження біля пішохідних переходів.',
        '<p>Комунальне підприємство «Хмарівкаблагоустрій» разом із підрядником розпочало капітальний ремонт вулиці Садової на ділянці від площі Свободи до вулиці Шкільної.</p><p>Роботи включають:</p><ul><li>заміну асфальтобетонного покриття проїжджої частини;</li><li>влаштування тротуарів із тактильною плиткою;</li><li>пониження бордюрів біля всіх пішохідних переходів;</li><li>оновлення зливової каналізації.</li></ul><p>На час робіт рух транспорту на ділянці буде частково обмежено. Просимо водіїв користуватися обʼїздом вулицями Лісовою та Заводською.</p>',
        'zhkh',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -3, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 390, TIMESTAMPADD(DAY, -3, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -3, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'ремонт доріг' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'rozpochato-kapitalnyi-remont-vulytsi-sadovoi';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'вулиця Садова' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'rozpochato-kapitalnyi-remont-vulytsi-sadovoi';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Розпочато капітальний ремонт вулиці Садової","slug":"rozpochato-kapitalnyi-remont-vulytsi-sadovoi","summary":"До кінця травня підрядник замінить покриття проїжджої частини, облаштує тротуари та пониження біля пішохідних переходів.","body":"<p>Комунальне підприємство «Хмарівкаблагоустрій» разом із підрядником розпочало капітальний ремонт вулиці Садової на ділянці від площі Свободи до вулиці Шкільної.</p><p>Роботи включають:</p><ul><li>заміну асфальтобетонного покриття проїжджої частини;</li><li>влаштування тротуарів із тактильною плиткою;</li><li>пониження бордюрів біля всіх пішохідних переходів;</li><li>оновлення зливової каналізації.</li></ul><p>На час робіт рух транспорту на ділянці буде частково обмежено. Просимо водіїв користуватися обʼїздом вулицями Лісовою та Заводською.</p>","section":"zhkh","tags":["вулиця Садова","ремонт доріг"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'rozpochato-kapitalnyi-remont-vulytsi-sadovoi';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'У ліцеї № 2 відкрили оновлене укриття',
        'u-litsei-2-vidkryly-onovlene-ukryttia',
        'Після облаштування укриття ліцей № 2 зможе навчати всіх 640 учнів у змішаному форматі без перерв на тривоги.',
        '<p>У Хмарівському ліцеї № 2 завершили облаштування захисної споруди цивільного захисту. Укриття розраховане на 720 осіб, у ньому є вентиляція, резервне живлення, санвузли та запас питної води.</p><p>Роботи профінансовано з бюджету громади та освітньої субвенції. Приміщення пристосоване для людей з інвалідністю: є пандус і поручні.</p>',
        'osvita',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 600, TIMESTAMPADD(DAY, -5, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 510, TIMESTAMPADD(DAY, -5, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 600, TIMESTAMPADD(DAY, -5, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'укриття' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'u-litsei-2-vidkryly-onovlene-ukryttia';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'ліцей' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'u-litsei-2-vidkryly-onovlene-ukryttia';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"У ліцеї № 2 відкрили оновлене укриття","slug":"u-litsei-2-vidkryly-onovlene-ukryttia","summary":"Після облаштування укриття ліцей № 2 зможе навчати всіх 640 учнів у змішаному форматі без перерв на тривоги.","body":"<p>У Хмарівському ліцеї № 2 завершили облаштування захисної споруди цивільного захисту. Укриття розраховане на 720 осіб, у ньому є вентиляція, резервне живлення, санвузли та запас питної води.</p><p>Роботи профінансовано з бюджету громади та освітньої субвенції. Приміщення пристосоване для людей з інвалідністю: є пандус і поручні.</p>","section":"osvita","tags":["ліцей","укриття"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'u-litsei-2-vidkryly-onovlene-ukryttia';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Графік вивезення твердих побутових відходів на грудень',
        'hrafik-vyvezennia-tverdykh-pobutovykh-vidkhodiv-na-hruden',
        'Перевізник оприлюднив графік вивезення відходів із приватного сектору та багатоквартирних будинків на грудень.',
        '<p>КП «Хмарівкаблагоустрій» оприлюднило графік вивезення твердих побутових відходів на грудень.</p><ul><li>багатоквартирні будинки — щодня, крім неділі;</li><li>приватний сектор мікрорайону Центральний — щопонеділка та щочетверга;</li><li>приватний сектор мікрорайонів Заріччя та Лісовий — щовівторка та щопʼятниці.</li></ul><p>Просимо виставляти пакети з відходами до 8:00 у день вивезення. Великогабаритні відходи вивозять за окремою заявкою.</p>',
        'zhkh',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 420, TIMESTAMPADD(DAY, -7, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 330, TIMESTAMPADD(DAY, -7, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 420, TIMESTAMPADD(DAY, -7, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'вивезення сміття' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'hrafik-vyvezennia-tverdykh-pobutovykh-vidkhodiv-na-hruden';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Графік вивезення твердих побутових відходів на грудень","slug":"hrafik-vyvezennia-tverdykh-pobutovykh-vidkhodiv-na-hruden","summary":"Перевізник оприлюднив графік вивезення відходів із приватного сектору та багатоквартирних будинків на грудень.","body":"<p>КП «Хмарівкаблагоустрій» оприлюднило графік вивезення твердих побутових відходів на грудень.</p><ul><li>багатоквартирні будинки — щодня, крім неділі;</li><li>приватний сектор мікрорайону Центральний — щопонеділка та щочетверга;</li><li>приватний сектор мікрорайонів Заріччя та Лісовий — щовівторка та щопʼятниці.</li></ul><p>Просимо виставляти пакети з відходами до 8:00 у день вивезення. Великогабаритні відходи вивозять за окремою заявкою.</p>","section":"zhkh","tags":["вивезення сміття"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'hrafik-vyvezennia-tverdykh-pobutovykh-vidkhodiv-na-hruden';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Виконавчий комітет затвердив нову вартість проїзду в міських автобусах',
        'vykonavchyi-komitet-zatverdyv-novu-vartist-proizdu-v-miskykh-avtobusakh',
        'З першого числа наступного місяця проїзд у міських автобусах коштуватиме 15 гривень, пільги для окремих категорій збережено.',
        '<p>Виконавчий комітет Хмарівської міської ради затвердив вартість проїзду в міських автобусах загального користування — 15 гривень за одну поїздку.</p><p>Пільговий проїзд зберігається для учнів, пенсіонерів за віком, осіб з інвалідністю та ветеранів війни. Розрахунок у транспорті можливий готівкою та банківською карткою.</p>',
        'transport',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 720, TIMESTAMPADD(DAY, -10, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 630, TIMESTAMPADD(DAY, -10, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 720, TIMESTAMPADD(DAY, -10, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'громадський транспорт' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'vykonavchyi-komitet-zatverdyv-novu-vartist-proizdu-v-miskykh-avtobusakh';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'тарифи' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'vykonavchyi-komitet-zatverdyv-novu-vartist-proizdu-v-miskykh-avtobusakh';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Виконавчий комітет затвердив нову вартість проїзду в міських автобусах","slug":"vykonavchyi-komitet-zatverdyv-novu-vartist-proizdu-v-miskykh-avtobusakh","summary":"З першого числа наступного місяця проїзд у міських автобусах коштуватиме 15 гривень, пільги для окремих категорій збережено.","body":"<p>Виконавчий комітет Хмарівської міської ради затвердив вартість проїзду в міських автобусах загального користування — 15 гривень за одну поїздку.</p><p>Пільговий проїзд зберігається для учнів, пенсіонерів за віком, осіб з інвалідністю та ветеранів війни. Розрахунок у транспорті можливий готівкою та банківською карткою.</p>","section":"transport","tags":["громадський транспорт","тарифи"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'vykonavchyi-komitet-zatverdyv-novu-vartist-proizdu-v-miskykh-avtobusakh';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Стартував прийом проєктів до бюджету участі',
        'startuvav-pryiom-proiektiv-do-biudzhetu-uchasti',
        'Мешканці громади можуть подати свої ідеї щодо благоустрою, спорту та культури: на реалізацію проєктів передбачено 3 млн грн.',
        '<p>Розпочався прийом проєктів до громадського бюджету (бюджету участі) Хмарівської міської територіальної громади.</p><p>Подати проєкт може будь-який мешканець громади, якому виповнилося 16 років. Вартість одного проєкту — до 300 тис. грн.</p><ul><li>прийом проєктів — протягом 30 днів;</li><li>експертиза — 20 днів;</li><li>голосування — у січні.</li></ul><p>Проєкти подають через ЦНАП або онлайн.</p>',
        'vlada',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -13, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 450, TIMESTAMPADD(DAY, -13, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -13, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'бюджет участі' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'startuvav-pryiom-proiektiv-do-biudzhetu-uchasti';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Стартував прийом проєктів до бюджету участі","slug":"startuvav-pryiom-proiektiv-do-biudzhetu-uchasti","summary":"Мешканці громади можуть подати свої ідеї щодо благоустрою, спорту та культури: на реалізацію проєктів передбачено 3 млн грн.","body":"<p>Розпочався прийом проєктів до громадського бюджету (бюджету участі) Хмарівської міської територіальної громади.</p><p>Подати проєкт може будь-який мешканець громади, якому виповнилося 16 років. Вартість одного проєкту — до 300 тис. грн.</p><ul><li>прийом проєктів — протягом 30 днів;</li><li>експертиза — 20 днів;</li><li>голосування — у січні.</li></ul><p>Проєкти подають через ЦНАП або онлайн.</p>","section":"vlada","tags":["бюджет участі"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'startuvav-pryiom-proiektiv-do-biudzhetu-uchasti';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Хмарівська бібліотека запрошує дітей на зимові читання',
        'khmarivska-biblioteka-zaproshuie-ditei-na-zymovi-chytannia',
        'Щосуботи в центральній бібліотеці читатимуть українські казки, а після читання діти майструватимуть різдвяні прикраси.',
        '<p>Центральна бібліотека Хмарівської громади запрошує дітей 5–10 років на цикл зимових читань. Зустрічі відбуваються щосуботи об 11:00 у читальній залі.</p><p>Участь безкоштовна, попередня реєстрація не потрібна. Бібліотека розташована поруч з укриттям, у разі тривоги всі учасники переходять туди.</p>',
        'kultura',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 660, TIMESTAMPADD(DAY, -17, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 570, TIMESTAMPADD(DAY, -17, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 660, TIMESTAMPADD(DAY, -17, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'бібліотека' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'khmarivska-biblioteka-zaproshuie-ditei-na-zymovi-chytannia';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'діти' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'khmarivska-biblioteka-zaproshuie-ditei-na-zymovi-chytannia';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Хмарівська бібліотека запрошує дітей на зимові читання","slug":"khmarivska-biblioteka-zaproshuie-ditei-na-zymovi-chytannia","summary":"Щосуботи в центральній бібліотеці читатимуть українські казки, а після читання діти майструватимуть різдвяні прикраси.","body":"<p>Центральна бібліотека Хмарівської громади запрошує дітей 5–10 років на цикл зимових читань. Зустрічі відбуваються щосуботи об 11:00 у читальній залі.</p><p>Участь безкоштовна, попередня реєстрація не потрібна. Бібліотека розташована поруч з укриттям, у разі тривоги всі учасники переходять туди.</p>","section":"kultura","tags":["бібліотека","діти"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'khmarivska-biblioteka-zaproshuie-ditei-na-zymovi-chytannia';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Пункт незламності в центрі міста працює цілодобово',
        'punkt-nezlamnosti-v-tsentri-mista-pratsiuie-tsilodobovo',
        'У приміщенні ЦНАП на площі Свободи можна зігрітися, зарядити телефон, скористатися інтернетом і отримати питну воду.',
        '<p>У разі тривалих відключень електроенергії в приміщенні ЦНАП на площі Свободи, 1 цілодобово працює пункт незламності.</p><p>Тут можна:</p><ul><li>зігрітися та випити гарячого чаю;</li><li>зарядити телефон і павербанк;</li><li>скористатися інтернетом через Starlink;</li><li>отримати питну воду.</li></ul>',
        'bezpeka',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 840, TIMESTAMPADD(DAY, -21, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 750, TIMESTAMPADD(DAY, -21, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 840, TIMESTAMPADD(DAY, -21, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'пункт незламності' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'punkt-nezlamnosti-v-tsentri-mista-pratsiuie-tsilodobovo';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'енергетика' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'punkt-nezlamnosti-v-tsentri-mista-pratsiuie-tsilodobovo';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Пункт незламності в центрі міста працює цілодобово","slug":"punkt-nezlamnosti-v-tsentri-mista-pratsiuie-tsilodobovo","summary":"У приміщенні ЦНАП на площі Свободи можна зігрітися, зарядити телефон, скористатися інтернетом і отримати питну воду.","body":"<p>У разі тривалих відключень електроенергії в приміщенні ЦНАП на площі Свободи, 1 цілодобово працює пункт незламності.</p><p>Тут можна:</p><ul><li>зігрітися та випити гарячого чаю;</li><li>зарядити телефон і павербанк;</li><li>скористатися інтернетом через Starlink;</li><li>отримати питну воду.</li></ul>","section":"bezpeka","tags":["енергетика","пункт незламності"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'punkt-nezlamnosti-v-tsentri-mista-pratsiuie-tsilodobovo';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Оновлено графік роботи ЦНАП у святкові дні',
        'onovleno-hrafik-roboty-tsnap-u-sviatkovi-dni',
        'Центр надання адміністративних послуг працюватиме за скороченим графіком, онлайн-послуги доступні як завжди.',
        '<p>Центр надання адміністративних послуг Хмарівської міської ради у святкові дні працюватиме з 9:00 до 14:00 без перерви.</p><p>Подати заяву на більшість послуг можна онлайн, без відвідування центру.</p>',
        'tsnap',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -25, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 390, TIMESTAMPADD(DAY, -25, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -25, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'ЦНАП' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'onovleno-hrafik-roboty-tsnap-u-sviatkovi-dni';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Оновлено графік роботи ЦНАП у святкові дні","slug":"onovleno-hrafik-roboty-tsnap-u-sviatkovi-dni","summary":"Центр надання адміністративних послуг працюватиме за скороченим графіком, онлайн-послуги доступні як завжди.","body":"<p>Центр надання адміністративних послуг Хмарівської міської ради у святкові дні працюватиме з 9:00 до 14:00 без перерви.</p><p>Подати заяву на більшість послуг можна онлайн, без відвідування центру.</p>","section":"tsnap","tags":["ЦНАП"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'onovleno-hrafik-roboty-tsnap-u-sviatkovi-dni';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Комунальники завершили заміну вуличного освітлення на енергоощадне',
        'komunalnyky-zavershyly-zaminu-vulychnoho-osvitlennia-na-enerhooshchadne',
        'На 12 вулицях громади встановили 430 світлодіодних ліхтарів, що споживають утричі менше електроенергії.',
        '<p>КП «Хмарівкаблагоустрій» завершило заміну старих натрієвих світильників на світлодіодні на 12 вулицях громади.</p><p>Нові ліхтарі споживають утричі менше електроенергії, а увімкнення та вимкнення відбувається автоматично за датчиками освітленості.</p>',
        'zhkh',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 780, TIMESTAMPADD(DAY, -30, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 690, TIMESTAMPADD(DAY, -30, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 780, TIMESTAMPADD(DAY, -30, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'освітлення' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'komunalnyky-zavershyly-zaminu-vulychnoho-osvitlennia-na-enerhooshchadne';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'енергоефективність' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'komunalnyky-zavershyly-zaminu-vulychnoho-osvitlennia-na-enerhooshchadne';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Комунальники завершили заміну вуличного освітлення на енергоощадне","slug":"komunalnyky-zavershyly-zaminu-vulychnoho-osvitlennia-na-enerhooshchadne","summary":"На 12 вулицях громади встановили 430 світлодіодних ліхтарів, що споживають утричі менше електроенергії.","body":"<p>КП «Хмарівкаблагоустрій» завершило заміну старих натрієвих світильників на світлодіодні на 12 вулицях громади.</p><p>Нові ліхтарі споживають утричі менше електроенергії, а увімкнення та вимкнення відбувається автоматично за датчиками освітленості.</p>","section":"zhkh","tags":["енергоефективність","освітлення"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'komunalnyky-zavershyly-zaminu-vulychnoho-osvitlennia-na-enerhooshchadne';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'Учні громади здобули призові місця на обласній олімпіаді з математики',
        'uchni-hromady-zdobuly-pryzovi-mistsia-na-oblasnii-olimpiadi-z-matematyky',
        'Троє учнів Хмарівського ліцею № 1 стали призерами обласного етапу Всеукраїнської учнівської олімпіади з математики.',
        '<p>Вітаємо учнів Хмарівського ліцею № 1, які здобули призові місця на обласному етапі Всеукраїнської учнівської олімпіади з математики:</p><ul><li>Олена Коваль, 11 клас — I місце;</li><li>Максим Дорошенко, 10 клас — II місце;</li><li>Ірина Бондар, 9 клас — III місце.</li></ul><p>Дякуємо вчителям і батькам за підтримку.</p>',
        'osvita',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 600, TIMESTAMPADD(DAY, -35, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 510, TIMESTAMPADD(DAY, -35, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 600, TIMESTAMPADD(DAY, -35, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'олімпіада' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'uchni-hromady-zdobuly-pryzovi-mistsia-na-oblasnii-olimpiadi-z-matematyky';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'учні' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'uchni-hromady-zdobuly-pryzovi-mistsia-na-oblasnii-olimpiadi-z-matematyky';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Учні громади здобули призові місця на обласній олімпіаді з математики","slug":"uchni-hromady-zdobuly-pryzovi-mistsia-na-oblasnii-olimpiadi-z-matematyky","summary":"Троє учнів Хмарівського ліцею № 1 стали призерами обласного етапу Всеукраїнської учнівської олімпіади з математики.","body":"<p>Вітаємо учнів Хмарівського ліцею № 1, які здобули призові місця на обласному етапі Всеукраїнської учнівської олімпіади з математики:</p><ul><li>Олена Коваль, 11 клас — I місце;</li><li>Максим Дорошенко, 10 клас — II місце;</li><li>Ірина Бондар, 9 клас — III місце.</li></ul><p>Дякуємо вчителям і батькам за підтримку.</p>","section":"osvita","tags":["олімпіада","учні"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'uchni-hromady-zdobuly-pryzovi-mistsia-na-oblasnii-olimpiadi-z-matematyky';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('news',
        'uk',
        'У сквері Миру висадили 40 молодих лип',
        'u-skveri-myru-vysadyly-40-molodykh-lyp',
        'Участь у толоці взяли працівники комунальних підприємств, учні та мешканці навколишніх будинків.',
        '<p>У сквері Миру відбулася толока з озеленення: висаджено 40 саджанців липи дрібнолистої.</p><p>Дякуємо всім, хто долучився. Просимо мешканців допомагати доглядати за молодими деревами.</p>',
        'zhkh',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -40, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 450, TIMESTAMPADD(DAY, -40, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -40, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'озеленення' FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'u-skveri-myru-vysadyly-40-molodykh-lyp';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"У сквері Миру висадили 40 молодих лип","slug":"u-skveri-myru-vysadyly-40-molodykh-lyp","summary":"Участь у толоці взяли працівники комунальних підприємств, учні та мешканці навколишніх будинків.","body":"<p>У сквері Миру відбулася толока з озеленення: висаджено 40 саджанців липи дрібнолистої.</p><p>Дякуємо всім, хто долучився. Просимо мешканців допомагати доглядати за молодими деревами.</p>","section":"zhkh","tags":["озеленення"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'uk' AND i.slug = 'u-skveri-myru-vysadyly-40-molodykh-lyp';

-- announcement (uk)
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('announcement',
        'uk',
        'Чергова сесія Хмарівської міської ради',
        'cherhova-sesiia-khmarivskoi-miskoi-rady',
        'Пленарне засідання відбудеться в четвер о 10:00 у сесійній залі міської ради. Засідання транслюється наживо.',
        '<p>Пленарне засідання чергової сесії Хмарівської міської ради відбудеться в четвер о 10:00 у сесійній залі (площа Свободи, 1).</p><p>Проєкт порядку денного:</p><ul><li>про внесення змін до бюджету громади;</li><li>про затвердження програми розвитку освіти;</li><li>про надання земельних ділянок учасникам бойових дій.</li></ul><p>Засідання транслюється наживо, відеозапис буде опубліковано не пізніше наступного робочого дня.</p>',
        'vlada',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 420, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 330, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 420, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'сесія' FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'cherhova-sesiia-khmarivskoi-miskoi-rady';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Чергова сесія Хмарівської міської ради","slug":"cherhova-sesiia-khmarivskoi-miskoi-rady","summary":"Пленарне засідання відбудеться в четвер о 10:00 у сесійній залі міської ради. Засідання транслюється наживо.","body":"<p>Пленарне засідання чергової сесії Хмарівської міської ради відбудеться в четвер о 10:00 у сесійній залі (площа Свободи, 1).</p><p>Проєкт порядку денного:</p><ul><li>про внесення змін до бюджету громади;</li><li>про затвердження програми розвитку освіти;</li><li>про надання земельних ділянок учасникам бойових дій.</li></ul><p>Засідання транслюється наживо, відеозапис буде опубліковано не пізніше наступного робочого дня.</p>","section":"vlada","tags":["сесія"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'cherhova-sesiia-khmarivskoi-miskoi-rady';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('announcement',
        'uk',
        'Планові відключення електроенергії на вулицях Заводській і Лісовій',
        'planovi-vidkliuchennia-elektroenerhii-na-vulytsiakh-zavodskii-i-lisovii',
        'У звʼязку з ремонтом трансформаторної підстанції у середу з 9:00 до 17:00 не буде електроенергії.',
        '<p>Оператор системи розподілу повідомляє про планові роботи на трансформаторній підстанції. У середу з 9:00 до 17:00 не буде електроенергії на вулицях Заводській (будинки 1–45) та Лісовій (будинки 2–30).</p><p>Просимо заздалегідь зарядити засоби звʼязку.</p>',
        'zhkh',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 840, TIMESTAMPADD(DAY, -4, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 750, TIMESTAMPADD(DAY, -4, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 840, TIMESTAMPADD(DAY, -4, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'відключення' FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'planovi-vidkliuchennia-elektroenerhii-na-vulytsiakh-zavodskii-i-lisovii';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Планові відключення електроенергії на вулицях Заводській і Лісовій","slug":"planovi-vidkliuchennia-elektroenerhii-na-vulytsiakh-zavodskii-i-lisovii","summary":"У звʼязку з ремонтом трансформаторної підстанції у середу з 9:00 до 17:00 не буде електроенергії.","body":"<p>Оператор системи розподілу повідомляє про планові роботи на трансформаторній підстанції. У середу з 9:00 до 17:00 не буде електроенергії на вулицях Заводській (будинки 1–45) та Лісовій (будинки 2–30).</p><p>Просимо заздалегідь зарядити засоби звʼязку.</p>","section":"zhkh","tags":["відключення"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'planovi-vidkliuchennia-elektroenerhii-na-vulytsiakh-zavodskii-i-lisovii';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('announcement',
        'uk',
        'Добір на посаду директора КП «Хмарівкаводоканал»',
        'dobir-na-posadu-dyrektora-kp-khmarivkavodokanal',
        'Документи приймаються протягом 20 календарних днів від дня оприлюднення оголошення.',
        '<p>Виконавчий комітет Хмарівської міської ради оголошує конкурс на посаду директора комунального підприємства «Хмарівкаводоканал».</p><p>Вимоги до кандидатів:</p><ul><li>вища освіта;</li><li>досвід роботи на керівних посадах не менше 3 років;</li><li>вільне володіння державною мовою.</li></ul><p>Документи приймає відділ кадрів, кабінет 12.</p>',
        'vlada',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -8, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 450, TIMESTAMPADD(DAY, -8, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -8, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'вакансії' FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'dobir-na-posadu-dyrektora-kp-khmarivkavodokanal';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Добір на посаду директора КП «Хмарівкаводоканал»","slug":"dobir-na-posadu-dyrektora-kp-khmarivkavodokanal","summary":"Документи приймаються протягом 20 календарних днів від дня оприлюднення оголошення.","body":"<p>Виконавчий комітет Хмарівської міської ради оголошує конкурс на посаду директора комунального підприємства «Хмарівкаводоканал».</p><p>Вимоги до кандидатів:</p><ul><li>вища освіта;</li><li>досвід роботи на керівних посадах не менше 3 років;</li><li>вільне володіння державною мовою.</li></ul><p>Документи приймає відділ кадрів, кабінет 12.</p>","section":"vlada","tags":["вакансії"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'dobir-na-posadu-dyrektora-kp-khmarivkavodokanal';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('announcement',
        'uk',
        'Особистий прийом громадян міським головою',
        'osobystyi-pryiom-hromadian-miskym-holovoiu',
        'Міський голова приймає мешканців щосереди з 10:00 до 13:00, попередній запис — за телефоном приймальні.',
        '<p>Міський голова проводить особистий прийом громадян щосереди з 10:00 до 13:00 у приміщенні міської ради, кабінет 5.</p><p>Попередній запис — за телефоном приймальні (04567) 2-11-01.</p>',
        'vlada',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -14, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 390, TIMESTAMPADD(DAY, -14, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -14, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'прийом громадян' FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'osobystyi-pryiom-hromadian-miskym-holovoiu';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Особистий прийом громадян міським головою","slug":"osobystyi-pryiom-hromadian-miskym-holovoiu","summary":"Міський голова приймає мешканців щосереди з 10:00 до 13:00, попередній запис — за телефоном приймальні.","body":"<p>Міський голова проводить особистий прийом громадян щосереди з 10:00 до 13:00 у приміщенні міської ради, кабінет 5.</p><p>Попередній запис — за телефоном приймальні (04567) 2-11-01.</p>","section":"vlada","tags":["прийом громадян"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'announcement' AND i.language = 'uk' AND i.slug = 'osobystyi-pryiom-hromadian-miskym-holovoiu';

-- page (uk)
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('page',
        'uk',
        'Про раду',
        'pro-radu',
        'Хмарівська міська рада — представницький орган місцевого самоврядування Хмарівської міської територіальної громади.',
        '<p>Хмарівська міська рада представляє інтереси 24 тисяч мешканців міста Хмарівка та 11 сіл громади. До складу ради обирається 34 депутати.</p><p>На цих сторінках — відомості про депутатів, виконавчий комітет і контакти ради.</p>',
        NULL,
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        NULL,
        1,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 390, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 480, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        0);
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Про раду","slug":"pro-radu","summary":"Хмарівська міська рада — представницький орган місцевого самоврядування Хмарівської міської територіальної громади.","body":"<p>Хмарівська міська рада представляє інтереси 24 тисяч мешканців міста Хмарівка та 11 сіл громади. До складу ради обирається 34 депутати.</p><p>На цих сторінках — відомості про депутатів, виконавчий комітет і контакти ради.</p>","section":null,"tags":[],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":1}'
FROM content_item i WHERE i.type = 'page' AND i.language = 'uk' AND i.slug = 'pro-radu';
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('page',
        'uk',
        'Депутати',
        'deputaty',
        'Склад Хмарівської міської ради IX скликання, депутатські фракції та постійні комісії.',
        '<p>До Хмарівської міської ради IX скликання обрано 34 депутати.</p><p>Постійні комісії ради:</p><ul><li>з питань бюджету та фінансів;</li><li>з питань житлово-комунального господарства;</li><li>з питань освіти, культури та спорту;</li><li>з питань регламенту та депутатської етики.</li></ul>',
        NULL,
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        (SELECT p.id FROM content_item p WHERE p.type = 'page' AND p.language = 'uk' AND p.slug = 'pro-radu'),
        1,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 450, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 540, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        0);
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, CONCAT('{"language":"uk","title":"Депутати","slug":"deputaty","summary":"Склад Хмарівської міської ради IX скликання, депутатські фракції та постійні комісії.","body":"<p>До Хмарівської міської ради IX скликання обрано 34 депутати.</p><p>Постійні комісії ради:</p><ul><li>з питань бюджету та фінансів;</li><li>з питань житлово-комунального господарства;</li><li>з питань освіти, культури та спорту;</li><li>з питань регламенту та депутатської етики.</li></ul>","section":null,"tags":[],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":', p.id, ',"position":1}')
FROM content_item i, content_item p WHERE i.type = 'page' AND i.language = 'uk' AND i.slug = 'deputaty' AND p.id = i.parent_id;
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('page',
        'uk',
        'Виконавчий комітет',
        'vykonavchyi-komitet',
        'Склад виконавчого комітету, його повноваження та розклад засідань.',
        '<p>Виконавчий комітет Хмарівської міської ради утворюється радою на строк її повноважень. Очолює виконавчий комітет міський голова.</p><p>Засідання виконавчого комітету відбуваються щомісяця, другого вівторка, о 10:00.</p>',
        NULL,
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 600, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        (SELECT p.id FROM content_item p WHERE p.type = 'page' AND p.language = 'uk' AND p.slug = 'pro-radu'),
        2,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 510, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 600, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        0);
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, CONCAT('{"language":"uk","title":"Виконавчий комітет","slug":"vykonavchyi-komitet","summary":"Склад виконавчого комітету, його повноваження та розклад засідань.","body":"<p>Виконавчий комітет Хмарівської міської ради утворюється радою на строк її повноважень. Очолює виконавчий комітет міський голова.</p><p>Засідання виконавчого комітету відбуваються щомісяця, другого вівторка, о 10:00.</p>","section":null,"tags":[],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":', p.id, ',"position":2}')
FROM content_item i, content_item p WHERE i.type = 'page' AND i.language = 'uk' AND i.slug = 'vykonavchyi-komitet' AND p.id = i.parent_id;
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('page',
        'uk',
        'Контакти',
        'kontakty',
        'Адреса, телефони та графік роботи Хмарівської міської ради.',
        '<p>Адреса: площа Свободи, 1, м. Хмарівка, 12345.</p><ul><li>приймальня: (04567) 2-11-01;</li><li>загальний відділ: (04567) 2-11-05;</li><li>ЦНАП: (04567) 2-12-00.</li></ul><p>Графік роботи: понеділок–четвер з 8:00 до 17:15, пʼятниця з 8:00 до 16:00, перерва з 12:00 до 13:00.</p>',
        NULL,
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 660, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        (SELECT p.id FROM content_item p WHERE p.type = 'page' AND p.language = 'uk' AND p.slug = 'pro-radu'),
        3,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 570, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 660, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
        0);
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, CONCAT('{"language":"uk","title":"Контакти","slug":"kontakty","summary":"Адреса, телефони та графік роботи Хмарівської міської ради.","body":"<p>Адреса: площа Свободи, 1, м. Хмарівка, 12345.</p><ul><li>приймальня: (04567) 2-11-01;</li><li>загальний відділ: (04567) 2-11-05;</li><li>ЦНАП: (04567) 2-12-00.</li></ul><p>Графік роботи: понеділок–четвер з 8:00 до 17:15, пʼятниця з 8:00 до 16:00, перерва з 12:00 до 13:00.</p>","section":null,"tags":[],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":', p.id, ',"position":3}')
FROM content_item i, content_item p WHERE i.type = 'page' AND i.language = 'uk' AND i.slug = 'kontakty' AND p.id = i.parent_id;

-- material (uk)
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
VALUES ('material',
        'uk',
        'Як отримати довідку про склад сімʼї',
        'yak-otrymaty-dovidku-pro-sklad-simi',
        'Довідку видають у ЦНАП у день звернення. Потрібні паспорт і документи, що підтверджують родинні звʼязки.',
        '<p>Довідку про склад сімʼї (зареєстрованих у житловому приміщенні осіб) видає Центр надання адміністративних послуг.</p><p>Потрібні документи:</p><ul><li>паспорт громадянина України;</li><li>свідоцтва про народження дітей;</li><li>свідоцтво про шлюб (за наявності).</li></ul><p>Послуга безоплатна, довідку видають у день звернення.</p>',
        'tsnap',
        FALSE,
        'published',
        NULL,
        NULL,
        TIMESTAMPADD(MINUTE, 720, TIMESTAMPADD(DAY, -20, CURRENT_DATE)),
        NULL,
        0,
        NULL,
        'demo',
        TIMESTAMPADD(MINUTE, 630, TIMESTAMPADD(DAY, -20, CURRENT_DATE)),
        TIMESTAMPADD(MINUTE, 720, TIMESTAMPADD(DAY, -20, CURRENT_DATE)),
        0);
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'ЦНАП' FROM content_item i WHERE i.type = 'material' AND i.language = 'uk' AND i.slug = 'yak-otrymaty-dovidku-pro-sklad-simi';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'довідки' FROM content_item i WHERE i.type = 'material' AND i.language = 'uk' AND i.slug = 'yak-otrymaty-dovidku-pro-sklad-simi';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"uk","title":"Як отримати довідку про склад сімʼї","slug":"yak-otrymaty-dovidku-pro-sklad-simi","summary":"Довідку видають у ЦНАП у день звернення. Потрібні паспорт і документи, що підтверджують родинні звʼязки.","body":"<p>Довідку про склад сімʼї (зареєстрованих у житловому приміщенні осіб) видає Центр надання адміністративних послуг.</p><p>Потрібні документи:</p><ul><li>паспорт громадянина України;</li><li>свідоцтва про народження дітей;</li><li>свідоцтво про шлюб (за наявності).</li></ul><p>Послуга безоплатна, довідку видають у день звернення.</p>","section":"tsnap","tags":["ЦНАП","довідки"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'material' AND i.language = 'uk' AND i.slug = 'yak-otrymaty-dovidku-pro-sklad-simi';

-- news (en)
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
SELECT 'news',
       'en',
       'Khmarivka City Council adopts the community budget for 2027',
       'khmarivka-city-council-adopts-the-community-budget-for-2027',
       'Councillors backed the main financial plan of the community: most of the money goes to education, road repairs and support for defenders.',
       '<p>At the plenary meeting of its 34th session, Khmarivka City Council adopted the community budget for 2027. 28 of the 34 councillors present voted in favour.</p><p>General fund revenue is planned at UAH 412.6 million. The main items of expenditure:</p><ul><li>education, UAH 187.3 million, including shelters in schools;</li><li>road and pavement repairs, UAH 38.5 million;</li><li>support for defenders and their families, UAH 12 million;</li><li>participatory budget, UAH 3 million.</li></ul><p>The full text of the decision is published in Ukrainian in the Documents section.</p>',
       'vlada',
       FALSE,
       'published',
       NULL,
       NULL,
       TIMESTAMPADD(MINUTE, 900, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
       NULL,
       0,
       o.id,
       'demo',
       TIMESTAMPADD(MINUTE, 810, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
       TIMESTAMPADD(MINUTE, 900, TIMESTAMPADD(DAY, -2, CURRENT_DATE)),
       0
FROM content_item o WHERE o.type = 'news' AND o.language = 'uk' AND o.slug = 'khmarivska-miska-rada-ukhvalyla-biudzhet-hromady-na-2027-rik';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'budget' FROM content_item i WHERE i.type = 'news' AND i.language = 'en' AND i.slug = 'khmarivka-city-council-adopts-the-community-budget-for-2027';
INSERT INTO content_item_tag (item_id, tag) SELECT i.id, 'council session' FROM content_item i WHERE i.type = 'news' AND i.language = 'en' AND i.slug = 'khmarivka-city-council-adopts-the-community-budget-for-2027';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"en","title":"Khmarivka City Council adopts the community budget for 2027","slug":"khmarivka-city-council-adopts-the-community-budget-for-2027","summary":"Councillors backed the main financial plan of the community: most of the money goes to education, road repairs and support for defenders.","body":"<p>At the plenary meeting of its 34th session, Khmarivka City Council adopted the community budget for 2027. 28 of the 34 councillors present voted in favour.</p><p>General fund revenue is planned at UAH 412.6 million. The main items of expenditure:</p><ul><li>education, UAH 187.3 million, including shelters in schools;</li><li>road and pavement repairs, UAH 38.5 million;</li><li>support for defenders and their families, UAH 12 million;</li><li>participatory budget, UAH 3 million.</li></ul><p>The full text of the decision is published in Ukrainian in the Documents section.</p>","section":"vlada","tags":["budget","council session"],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":0}'
FROM content_item i WHERE i.type = 'news' AND i.language = 'en' AND i.slug = 'khmarivka-city-council-adopts-the-community-budget-for-2027';

-- page (en)
INSERT INTO content_item (type, language, title, slug, summary, body, section, pinned, status, publish_at, unpublish_at, published_at, parent_id, position, translation_id, author, created_at, updated_at, version)
SELECT 'page',
       'en',
       'About the council',
       'about-the-council',
       'Khmarivka City Council is the representative body of local self-government of the Khmarivka urban community.',
       '<p>Khmarivka City Council represents the 24,000 residents of the town of Khmarivka and 11 villages of the community. The council has 34 elected councillors.</p><p>Most information on this website is published in Ukrainian, the state language.</p>',
       NULL,
       FALSE,
       'published',
       NULL,
       NULL,
       TIMESTAMPADD(MINUTE, 720, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
       NULL,
       1,
       o.id,
       'demo',
       TIMESTAMPADD(MINUTE, 630, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
       TIMESTAMPADD(MINUTE, 720, TIMESTAMPADD(DAY, -60, CURRENT_DATE)),
       0
FROM content_item o WHERE o.type = 'page' AND o.language = 'uk' AND o.slug = 'pro-radu';
INSERT INTO content_revision (item_id, number, action, actor, created_at, snapshot)
SELECT i.id, 1, 'created', 'demo', i.created_at, '{"language":"en","title":"About the council","slug":"about-the-council","summary":"Khmarivka City Council is the representative body of local self-government of the Khmarivka urban community.","body":"<p>Khmarivka City Council represents the 24,000 residents of the town of Khmarivka and 11 villages of the community. The council has 34 elected councillors.</p><p>Most information on this website is published in Ukrainian, the state language.</p>","section":null,"tags":[],"pinned":false,"status":"published","publishAt":null,"unpublishAt":null,"parentId":null,"position":1}'
FROM content_item i WHERE i.type = 'page' AND i.language = 'en' AND i.slug = 'about-the-council';

-- The translation links go both ways (as the store keeps them). MariaDB cannot read the table an UPDATE
-- changes in a plain subquery, so the id comes through a derived table.
UPDATE content_item SET translation_id = (SELECT t.id FROM (SELECT x.id FROM content_item x WHERE x.type = 'news' AND x.language = 'en' AND x.slug = 'khmarivka-city-council-adopts-the-community-budget-for-2027') t)
WHERE type = 'news' AND language = 'uk' AND slug = 'khmarivska-miska-rada-ukhvalyla-biudzhet-hromady-na-2027-rik';
UPDATE content_item SET translation_id = (SELECT t.id FROM (SELECT x.id FROM content_item x WHERE x.type = 'page' AND x.language = 'en' AND x.slug = 'about-the-council') t)
WHERE type = 'page' AND language = 'uk' AND slug = 'pro-radu';
