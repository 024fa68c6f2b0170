package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The content API (news, announcements, pages) against a real server; subclasses choose the database. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ContentContract {
    HromadaServer server;
    Http http;
    String admin;
    String editor;
    String author;

    abstract String databaseUrl() throws Exception;

    void dropDatabase() throws Exception {
    }

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(databaseUrl(), java.util.Map.of("HROMADA_CONTENT_SCHEDULER_SECONDS", "1")).start();
        http = new Http(server);
        admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        for (String[] user : new String[][] {{"mykola", "editor"}, {"oksana", "author"}}) {
            HttpResponse<String> created = http.as(admin).postJson("/api/v1/users", "{\"username\":\"" + user[0]
                    + "\",\"password\":\"" + user[0] + "-Password-1\",\"roles\":[\"" + user[1] + "\"]}");
            assertEquals(201, created.statusCode(), created.body());
        }
        editor = http.token("mykola", "mykola-Password-1");
        author = http.token("oksana", "oksana-Password-1");
    }

    @AfterAll
    void shutdown() throws Exception {
        try {
            if (server != null) {
                server.close();
            }
        } finally {
            dropDatabase();
        }
    }

    ObjectNode news(String title, String body) {
        return Http.JSON.createObjectNode().put("title", title).put("summary", "").put("body", body).put("language", "uk");
    }

    JsonNode create(String token, String type, ObjectNode item) throws Exception {
        HttpResponse<String> response = http.as(token).postJson("/api/v1/" + type, item.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    JsonNode transition(String token, long id, String action, int status) throws Exception {
        HttpResponse<String> response = http.as(token).postJson("/api/v1/news/" + id + "/" + action, "{}");
        assertEquals(status, response.statusCode(), response.body());
        return Http.json(response);
    }

    @Test
    void anAuthorWritesAnEditorPublishesThePublicReads() throws Exception {
        JsonNode draft = create(author, "news", news("Сесія міської ради 24 листопада", "<p>Порядок денний</p>"));
        long id = draft.get("id").asLong();
        assertEquals("draft", draft.get("status").asText());
        assertEquals("sesiia-miskoi-rady-24-lystopada", draft.get("slug").asText());
        assertFalse(draft.hasNonNull("url"), "a draft has no public address");
        assertEquals(404, http.get("/api/v1/news/" + id).statusCode(), "the public does not see drafts");
        assertFalse(http.get("/api/v1/news").body().contains("sesiia-miskoi-rady"));

        assertProblem(http.as(author).postJson("/api/v1/news/" + id + "/publish", "{}"), 403);
        assertEquals("in_review", transition(author, id, "submit", 200).get("status").asText());
        assertProblem(http.as(author).putJson("/api/v1/news/" + id, news("Змінено", "<p>x</p>").toString()), 403);

        JsonNode published = transition(editor, id, "publish", 200);
        assertEquals("published", published.get("status").asText());
        assertEquals("/news/sesiia-miskoi-rady-24-lystopada", published.get("url").asText());
        assertEquals(200, http.get("/api/v1/news/" + id).statusCode());
        JsonNode list = Http.json(http.get("/api/v1/news?size=5"));
        assertTrue(list.get("total").asInt() >= 1);
        assertTrue(list.get("items").toString().contains("sesiia-miskoi-rady-24-lystopada"));

        assertProblem(http.as(editor).postJson("/api/v1/news/" + id + "/submit", "{}"), 409);
    }

    @Test
    void richTextIsSanitisedOnTheWayIn() throws Exception {
        JsonNode item = create(editor, "news", news("Безпечний текст",
                "<p onclick=\"steal()\">Текст <a href=\"javascript:alert(1)\">посилання</a></p><script>alert(1)</script>"
                        + "<img src=\"x.png\" alt=\"фото\" onerror=\"alert(1)\">"));
        String body = item.get("body").asText();
        assertFalse(body.contains("<script"), body);
        assertFalse(body.contains("onclick"), body);
        assertFalse(body.contains("onerror"), body);
        assertFalse(body.contains("javascript:"), body);
        assertTrue(body.contains("Текст"), body);
        assertTrue(body.contains("alt=\"фото\""), body);
    }

    @Test
    void invalidInputIsExplainedPerField() throws Exception {
        HttpResponse<String> noTitle = http.as(editor).postJson("/api/v1/news", "{\"body\":\"x\",\"language\":\"uk\"}");
        assertProblem(noTitle, 422);
        assertTrue(noTitle.body().contains("\"title\""), noTitle.body());
        HttpResponse<String> badLanguage = http.as(editor).postJson("/api/v1/news",
                news("Назва", "x").put("language", "de").toString());
        assertTrue(badLanguage.statusCode() == 400 || badLanguage.statusCode() == 422, badLanguage.body());
        assertTrue(badLanguage.body().contains("language"), badLanguage.body());
        assertProblem(http.postJson("/api/v1/news", news("Без токена", "x").toString()), 401);
        assertProblem(http.as(editor).get("/api/v1/news/999999"), 404);
        assertProblem(http.as(editor).get("/api/v1/news?size=1000"), 400);
    }

    @Test
    void scheduledItemsAppearAndDisappearOnTime() throws Exception {
        JsonNode item = create(editor, "news", news("Відключення води", "<p>Графік</p>"));
        long id = item.get("id").asLong();
        Instant at = Instant.now().plusSeconds(2);
        HttpResponse<String> scheduled = http.as(editor).postJson("/api/v1/news/" + id + "/publish",
                "{\"publishAt\":\"" + at + "\",\"unpublishAt\":\"" + at.plusSeconds(3) + "\"}");
        assertEquals(200, scheduled.statusCode(), scheduled.body());
        assertEquals("scheduled", Http.json(scheduled).get("status").asText());
        assertEquals(404, http.get("/api/v1/news/" + id).statusCode());

        awaitPublicStatus(id, 200, Duration.ofSeconds(15));
        awaitPublicStatus(id, 404, Duration.ofSeconds(15));
        JsonNode archived = Http.json(http.as(editor).get("/api/v1/news/" + id));
        assertEquals("archived", archived.get("status").asText());
        JsonNode revisions = Http.json(http.as(editor).get("/api/v1/news/" + id + "/revisions"));
        assertTrue(revisions.toString().contains("scheduler"), "the scheduler's writes are revisions: " + revisions);
    }

    @Test
    void everyWriteIsARevisionThatCanBeComparedAndRestored() throws Exception {
        JsonNode item = create(editor, "news", news("Перша назва", "<p>Перший текст</p>"));
        long id = item.get("id").asLong();
        HttpResponse<String> updated = http.as(editor).putJson("/api/v1/news/" + id,
                news("Друга назва", "<p>Другий текст</p>").put("version", item.get("version").asLong()).toString());
        assertEquals(200, updated.statusCode(), updated.body());
        assertProblem(http.as(editor).putJson("/api/v1/news/" + id,
                news("Застаріла", "<p>x</p>").put("version", item.get("version").asLong()).toString()), 409);

        JsonNode revisions = Http.json(http.as(editor).get("/api/v1/news/" + id + "/revisions"));
        assertTrue(revisions.toString().contains("created") && revisions.toString().contains("updated"), revisions.toString());
        HttpResponse<String> diff = http.as(editor).get("/api/v1/news/" + id + "/revisions/2/diff?against=1");
        assertEquals(200, diff.statusCode(), diff.body());
        assertTrue(diff.body().contains("Перша назва") && diff.body().contains("Друга назва"), diff.body());

        HttpResponse<String> restored = http.as(editor).postJson("/api/v1/news/" + id + "/revisions/1/restore", "{}");
        assertEquals(200, restored.statusCode(), restored.body());
        assertEquals("Перша назва", Http.json(restored).get("title").asText());
    }

    @Test
    void announcementsAndPagesHaveTheSameShapeAndFiltersWork() throws Exception {
        JsonNode announcement = create(editor, "announcements", news("Оголошення про конкурс", "<p>Умови</p>")
                .put("section", "konkursy").set("tags", Http.JSON.createArrayNode().add("robota")));
        transitionOf("announcements", announcement.get("id").asLong(), "publish");
        JsonNode page = create(editor, "pages", news("Про раду", "<p>Склад ради</p>"));
        assertEquals("page", page.get("type").asText());

        JsonNode bySection = Http.json(http.get("/api/v1/announcements?section=konkursy"));
        assertEquals(1, bySection.get("total").asInt(), bySection.toString());
        assertEquals(1, Http.json(http.get("/api/v1/announcements?tag=robota")).get("total").asInt());
        assertEquals(0, Http.json(http.get("/api/v1/announcements?tag=nemaie")).get("total").asInt());
        assertEquals(1, Http.json(http.get("/api/v1/announcements?q=%D0%BA%D0%BE%D0%BD%D0%BA%D1%83%D1%80%D1%81")).get("total").asInt());
    }

    @Test
    void publishedItemsAreSearchableInUkrainianMorphologyAndLeaveTheIndexWhenUnpublished() throws Exception {
        JsonNode item = create(editor, "news", news("Ремонт вулиці Соборної",
                "<p>Депутати ухвалили рішення про ремонт вулиці Соборної.</p>"));
        long id = item.get("id").asLong();
        String query = "/api/v1/search?q=" + java.net.URLEncoder.encode("рішенням ремонту", java.nio.charset.StandardCharsets.UTF_8);
        assertFalse(http.get(query).body().contains("/news/" + item.get("slug").asText()), "drafts are not found");

        transition(editor, id, "publish", 200);
        JsonNode hit = awaitSearchHit(query, item.get("slug").asText(), true);
        assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.toString());
        HttpResponse<String> page = http.get("/search?q=" + java.net.URLEncoder.encode("рішенням ремонту",
                java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains("href=\"/news/" + item.get("slug").asText() + "\""), "the search page links it: "
                + page.body());
        assertTrue(page.body().contains("<mark>рішення</mark>"), "with the matched words marked: " + page.body());

        transition(editor, id, "unpublish", 200);
        awaitSearchHit(query, item.get("slug").asText(), false);
        assertProblem(http.get("/api/v1/search"), 400);
    }

    @Test
    void theSearchPageAnswersAFriendlyPageForAnythingTyped() throws Exception {
        assertTrue(http.get("/search").body().contains("id=\"search-q\""), "the empty page asks for a query");
        assertTrue(http.get("/").body().contains("role=\"search\""), "every page has the header's search form");
        String longQuery = "%D0%B0".repeat(1000);
        for (String target : new String[] {"/search?q=", "/search?q=x&page=abc", "/search?q=" + longQuery,
                "/search?q=%3Cscript%3E&type=%3Cb%3E&page=99999999999999999999", "/search?q=%00%01%F0%9F%98%80",
                "/en/search?q=*:*&type=nonsense&page=-1", "/search?q=a&q=b&page=2&page=x"}) {
            HttpResponse<String> page = http.get(target);
            assertEquals(200, page.statusCode(), target + ": " + page.body());
        }
        assertTrue(http.get("/search?q=%3Cscript%3E").body().contains("value=\"&lt;script&gt;\""), "shown escaped");
        assertEquals(200, http.rawGetStatus("/search?q=%zz&page=%"), "broken escapes");
        assertEquals(200, http.rawGetStatus("/search?q=\"'<>{}|^`"), "characters a URI may not hold");
    }

    @Test
    void publishedItemsHaveAccessiblePublicPages() throws Exception {
        JsonNode item = create(editor, "news", news("День відкритих дверей у ЦНАП", "<p>Запрошуємо мешканців.</p>"));
        String url = transition(editor, item.get("id").asLong(), "publish", 200).get("url").asText();
        HttpResponse<String> page = http.get(url);
        assertEquals(200, page.statusCode(), page.body());
        String html = page.body();
        assertTrue(html.contains("<html lang=\"uk\""), html);
        assertTrue(html.contains("День відкритих дверей у ЦНАП"), html);
        String head = html.substring(0, html.indexOf("</head>"));
        assertTrue(head.contains("og:title") && head.contains("application/ld+json"), "metadata in the head: " + head);
        assertTrue(http.get("/news").body().contains(url), "the list links the item");
        assertTrue(http.get("/").body().contains(url), "the home page shows the latest news");
        assertEquals(404, http.get("/news/no-such-news").statusCode());
    }

    @Test
    void feedsSitemapAndCachedPagesFollowEveryPublishAtOnce() throws Exception {
        HttpResponse<String> before = http.get("/");
        String etag = before.headers().firstValue("ETag").orElseThrow();
        assertEquals("public, no-cache", before.headers().firstValue("Cache-Control").orElseThrow());
        assertTrue(before.headers().firstValue("Last-Modified").isPresent());
        assertEquals(304, http.send(http.builder("/").header("If-None-Match", etag).GET()).statusCode());
        String head = before.body().substring(0, before.body().indexOf("</head>"));
        assertTrue(head.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Новини\" href=\"/news/feed.xml\">"),
                head);

        ObjectNode fresh = news("Відкриття нового скверу на Соборній", "<p>Сквер відкрито.</p>").put("section", "kultura");
        JsonNode item = create(editor, "news", fresh);
        String url = transition(editor, item.get("id").asLong(), "publish", 200).get("url").asText();
        // No waiting: the publish purged the page cache before it answered.
        HttpResponse<String> after = http.send(http.builder("/").header("If-None-Match", etag).GET());
        assertEquals(200, after.statusCode(), "the home page changed");
        assertTrue(after.body().contains(url));
        assertFalse(etag.equals(after.headers().firstValue("ETag").orElseThrow()));

        HttpResponse<String> feed = http.get("/news/feed.xml");
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("Відкриття нового скверу на Соборній"), feed.body());
        assertTrue(feed.body().contains("href=\"" + server.uri(url) + "\""), "absolute links: " + feed.body());
        assertTrue(http.get("/news/feed.xml?section=kultura").body().contains(url));
        assertEquals(404, http.get("/news/feed.xml?section=nemaie").statusCode());
        assertTrue(http.get("/en/news/feed.xml").body().contains("xml:lang=\"en\""));

        String sitemap = http.get("/sitemap.xml").body();
        assertTrue(sitemap.contains("<loc>" + server.uri(url) + "</loc>"), sitemap);
        assertTrue(http.get("/robots.txt").body().contains("Sitemap: " + server.uri("/sitemap.xml")));

        transition(editor, item.get("id").asLong(), "unpublish", 200);
        assertFalse(http.get("/news/feed.xml").body().contains(url), "gone from the feed at once");
        assertFalse(http.get("/sitemap.xml").body().contains(url), "gone from the sitemap at once");
        assertFalse(http.get("/").body().contains(url), "gone from the home page at once");
        assertEquals(404, http.get(url).statusCode());
    }

    @Test
    void publicApiReadsAreRevalidatedAndNeverStaleAfterAWrite() throws Exception {
        String list = "/api/v1/news?size=5";
        HttpResponse<String> first = http.get(list);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.send(http.builder(list).header("If-None-Match", etag).GET()).statusCode());
        assertEquals(etag, http.get(list).headers().firstValue("ETag").orElseThrow(), "the same answer");

        JsonNode draft = create(author, "news", news("Громадські слухання щодо бюджету", "<p>Запрошуємо.</p>"));
        long id = draft.get("id").asLong();
        assertTrue(http.as(editor).get(list).body().contains("\"id\":" + id + ","), "editors see drafts");
        assertFalse(http.get(list).body().contains("\"id\":" + id + ","),
                "the public never sees a draft, not even right after an editor read the same address");
        transition(editor, id, "publish", 200);
        HttpResponse<String> after = http.send(http.builder(list).header("If-None-Match", etag).GET());
        assertEquals(200, after.statusCode(), "the publish changed the list at once");
        assertTrue(after.body().contains("\"id\":" + id + ","), after.body());
        assertEquals(200, http.get("/api/v1/news/" + id).statusCode());
        transition(editor, id, "unpublish", 200);
        assertEquals(404, http.get("/api/v1/news/" + id).statusCode(), "gone at once");
    }

    JsonNode awaitSearchHit(String query, String slug, boolean present) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            for (JsonNode hit : Http.json(http.get(query)).get("items")) {
                if (hit.get("url").asText().endsWith("/" + slug) && present) {
                    return hit;
                }
            }
            if (!present && !http.get(query).body().contains("/" + slug + "\"")) {
                return null;
            }
            Thread.sleep(100);
        }
        throw new AssertionError((present ? "not found: " : "still found: ") + slug + " for " + query);
    }

    void transitionOf(String type, long id, String action) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/" + type + "/" + id + "/" + action, "{}");
        assertEquals(200, response.statusCode(), response.body());
    }

    void awaitPublicStatus(long id, int status, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        int last = -1;
        while (System.nanoTime() < deadline) {
            last = http.get("/api/v1/news/" + id).statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("news " + id + " answered " + last + ", not " + status);
    }
}
