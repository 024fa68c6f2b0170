package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The public pages of sessions on a demo server (sessions 52 and 53 held with votes, 54 not announced):
 * the list with its filters, a session's page with its video and roll-call votes, 404s, the feed and
 * the sitemap, in both languages.
 */
class SessionPagesOnEmbeddedDatabaseIT extends SessionsFixture {
    private static final String S52 = "/sessions/2026/plenary-52";
    private static final String S53 = "/sessions/2026/plenary-53";
    private static final String S54 = "/sessions/2026/plenary-54";

    @Override
    String databaseUrl() {
        return null;
    }

    /**
     * {@code /api/health} counts active bundles, not their components: on a busy machine the documents'
     * persistence unit and the demo sessions come a moment after it answers.
     */
    @BeforeAll
    void demoSessionsAreLoaded() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            HttpResponse<String> list = http.get("/api/v1/sessions");
            if (list.statusCode() == 200 && Http.json(list).get("total").asInt() >= 2) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The demo sessions did not come in 60 s:\n" + server.console());
    }

    private String page(String path) throws Exception {
        HttpResponse<String> response = http.get(path);
        assertEquals(200, response.statusCode(), path + ": " + response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        return response.body();
    }

    @Test
    void theListShowsThePublishedSessionsNewestFirst() throws Exception {
        String html = page("/sessions");
        assertTrue(html.contains("<html lang=\"uk\">"));
        assertTrue(html.contains("<h1>Сесії та засідання</h1>"), html);
        int at53 = html.indexOf("href=\"" + S53 + "\"");
        int at52 = html.indexOf("href=\"" + S52 + "\"");
        assertTrue(at53 > 0 && at52 > at53, "53 before 52: " + html);
        assertFalse(html.contains(S54), "54 is not announced yet");
        assertTrue(html.contains("<time datetime=\"2026-09-24\">24 вересня 2026</time>"), html);
        assertTrue(html.contains("Сесія № 52, 8 скликання"), html);
        assertTrue(html.contains("status--held\">Відбулося"), html);
        assertTrue(html.contains("<li>Є відеозапис</li>") && html.contains("<li>Є результати поіменного голосування</li>"),
                html);
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"Сесії та засідання\" "
                + "href=\"/sessions/feed.xml\">"), html);
        assertEquals(404, http.get("/sessions?page=50").statusCode(), "a page past the end");
        assertEquals(200, http.get("/sessions?page=abc").statusCode(), "a page that is no number is the first");
    }

    @Test
    void theFiltersNarrowTheListAndShowABadValueBesideItsField() throws Exception {
        String plenary = page("/sessions?bodyKind=plenary&convocation=8&year=2026");
        assertTrue(plenary.contains(S52) && plenary.contains(S53), plenary);
        assertTrue(plenary.contains("<option value=\"plenary\" selected>"), plenary);
        assertTrue(plenary.contains("noindex, follow"), "a filtered list is not for search engines");

        String none = page("/sessions?bodyKind=executive_committee");
        assertFalse(none.contains(S52), none);
        assertTrue(none.contains("За цими умовами засідань не знайдено"), none);
        assertFalse(page("/sessions?year=2025&bodyKind=plenary").contains(S52));

        String bad = page("/sessions?year=20x6&bodyKind=plenary&convocation=%3Cb%3E");
        assertTrue(bad.contains("id=\"filter-year\" name=\"year\" type=\"text\" inputmode=\"numeric\" maxlength=\"4\" "
                + "value=\"20x6\" aria-invalid=\"true\" aria-describedby=\"filter-year-error\""), bad);
        assertTrue(bad.contains("id=\"filter-year-error\">Вкажіть рік чотирма цифрами"), bad);
        assertTrue(bad.contains("value=\"&lt;b&gt;\" aria-invalid=\"true\""), "shown back, escaped: " + bad);
        assertTrue(bad.contains("role=\"alert\""), bad);
        assertTrue(bad.contains(S52) && bad.contains(S53), "the good filter still applies: " + bad);
        String badKind = page("/sessions?bodyKind=council");
        assertTrue(badKind.contains("id=\"filter-bodyKind-error\""), badKind);
    }

    @Test
    void aSessionPageShowsTheVideoTheAgendaAndTheRollCallVotes() throws Exception {
        String html = page(S52);
        assertTrue(html.contains("href=\"/documents?convocation=8&amp;session=52\""),
                "the session's documents in the register");
        assertTrue(html.contains("<h1>52 сесія Хмарівської міської ради VIII скликання</h1>"), html);
        assertTrue(html.contains("Сесійна зала міської ради"), html);
        assertTrue(html.contains("<iframe src=\"https://www.youtube-nocookie.com/embed/KhmRada52s8\" "
                + "title=\"Відеозапис: Сесія № 52, 24 вересня 2026\""), html);
        assertTrue(html.contains("href=\"https://www.youtube.com/watch?v=KhmRada52s8\""), "a link too: " + html);

        assertTrue(html.contains("<caption>Поіменне голосування з питання 1</caption>"), html);
        assertTrue(html.contains("<th scope=\"col\">Депутат</th><th scope=\"col\">Голос</th>"), html);
        assertTrue(html.contains("<tr><th scope=\"row\">Ковальчук Олена Петрівна</th><td class=\"vote vote--for\">За</td></tr>"),
                html);
        assertTrue(html.contains("<tr><th scope=\"row\">За</th><td>11</td></tr>"), "totals: " + html);
        assertTrue(html.contains("<tr><th scope=\"row\">Відсутні</th><td>1</td></tr>"), html);
        assertEquals(3, count(html, "<table class=\"votes__table\">"), "the mayor's information was not voted on");
        assertTrue(html.contains("Інформація міського голови"), html);
        assertTrue(html.contains("result--adopted\">Прийнято"), html);

        assertTrue(html.contains("href=\"/documents/protocols/2026/52\""), "the protocol: " + html);
        assertTrue(html.contains("Рішення ради № 2101-VIII") || html.contains("№ 2101-VIII</a>"), html);
        assertTrue(html.contains("<dt>Дата оприлюднення</dt>") && html.contains("<dt>Дата оновлення</dt>"), html);
        assertTrue(html.contains("<time datetime=\"2026-09-10T10:00:00+03:00\">"), "published, Kyiv time: " + html);

        String s53 = page(S53);
        assertTrue(s53.contains("result--rejected\">Не прийнято"), s53);
        assertTrue(s53.contains("<tr><th scope=\"row\">Проти</th><td>4</td></tr>"), s53);
    }

    @Test
    void anythingAVisitorCanTypeThatIsNoPublishedSessionIsA404() throws Exception {
        for (String path : new String[] {S54, "/sessions/2026/plenary-99", "/sessions/2025/plenary-52",
                "/sessions/20x6/plenary-52", "/sessions/0/plenary-52", "/sessions/2026/plenary-052",
                "/sessions/2026/council-52", "/sessions/2026/plenary", "/sessions/2026/plenary-99999999999999999999",
                "/sessions/2026", "/sessions/2026/plenary-52/votes", "/en/sessions/2026/plenary-54"}) {
            assertEquals(404, http.get(path).statusCode(), path);
        }
        for (String raw : new String[] {"/sessions/2026/plenary-%35%32", "/sessions/%32026/plenary-52",
                "/sessions/2026/%ff%fe", "/sessions/2026/plenary-52%00"}) {
            int status = http.rawGetStatus(raw);
            assertTrue(status < 500, raw + " answered " + status);
        }
    }

    @Test
    void votesShowOnlyOnceTheirPublicationTimeHasComeAndOnlyPublicDocumentsAreLinked() throws Exception {
        long hidden = document("draft_decision", "П-900", "2025-03-01", null);
        JsonNode created = create(session("standing_commission", "Постійна комісія з питань бюджету", 7, "2025-03-10")
                .put("videoUrl", "https://rada.example.ua/video/commission-7.mp4").put("videoPublishedAt", PAST));
        long id = created.get("id").asLong();
        addItem(id, item("Про звіт за квартал").put("draftDocumentId", hidden).put("result", "adopted")
                .put("voteHeldAt", PAST).put("votesPublishedAt", now(86_400)));
        http.as(editor).putJson("/api/v1/sessions/" + id + "/items/"
                + Http.json(http.as(editor).get("/api/v1/sessions/" + id)).get("items").get(0).get("id").asLong()
                + "/votes", votes("Ковальчук Олена Петрівна", "for"));
        addItem(id, item("Про обрання голови комісії").put("result", "adopted").put("voteHeldAt", PAST)
                .put("votesPublishedAt", PAST).put("secretBallot", true));

        String html = page("/sessions/2025/commission-7");
        assertTrue(html.contains("Засідання № 7"), html);
        assertFalse(html.contains("<iframe"), "not YouTube: a link only");
        assertTrue(html.contains("href=\"https://rada.example.ua/video/commission-7.mp4\""), html);
        assertFalse(html.contains("Ковальчук"), "the votes are not out yet: " + html);
        assertTrue(html.contains("Результати поіменного голосування ще не оприлюднено."), html);
        assertTrue(html.contains("Таємне голосування"), html);
        assertFalse(html.contains("П-900"), "the draft is not public: " + html);
        assertTrue(page("/sessions?bodyKind=standing_commission").contains("/sessions/2025/commission-7"));
    }

    @Test
    void theFeedAndTheSitemapHoldThePublishedSessionsInBothLanguages() throws Exception {
        HttpResponse<String> feed = http.get("/sessions/feed.xml");
        assertEquals(200, feed.statusCode(), feed.body());
        assertTrue(feed.headers().firstValue("Content-Type").orElseThrow().startsWith("application/atom+xml"));
        assertTrue(feed.body().contains("href=\"" + server.uri(S52) + "\""), feed.body());
        assertTrue(feed.body().contains("52 сесія Хмарівської міської ради VIII скликання"), feed.body());
        assertFalse(feed.body().contains(S54), feed.body());
        String english = http.get("/en/sessions/feed.xml").body();
        assertTrue(english.contains("xml:lang=\"en\"") && english.contains("href=\"" + server.uri("/en" + S53) + "\""),
                english);

        String sitemap = http.get("/sitemap.xml").body();
        for (String path : new String[] {S52, "/en" + S52, S53, "/en" + S53, "/sessions", "/en/sessions"}) {
            assertTrue(sitemap.contains("<loc>" + server.uri(path) + "</loc>"), path + " in " + sitemap);
        }
        assertFalse(sitemap.contains(S54), sitemap);
    }

    @Test
    void theEnglishPagesAreInEnglishWithTheCouncilsOwnWordsMarkedUkrainian() throws Exception {
        String list = page("/en/sessions");
        assertTrue(list.contains("<html lang=\"en\">"), list);
        assertTrue(list.contains("<h1>Sessions and meetings</h1>"), list);
        assertTrue(list.contains("href=\"/en" + S52 + "\" lang=\"uk\">52 сесія"), list);
        assertTrue(list.contains("Session No. 52, convocation 8"), list);
        assertTrue(list.contains("<label for=\"filter-year\">Year</label>"), list);
        assertTrue(page("/en/sessions?year=abc").contains("Enter the year as four digits"));

        String html = page("/en" + S52);
        assertTrue(html.contains("<html lang=\"en\">"));
        assertTrue(html.contains("<h1 lang=\"uk\">52 сесія Хмарівської міської ради VIII скликання</h1>"), html);
        assertTrue(html.contains("<h2 id=\"session-agenda\">Agenda</h2>"), html);
        assertTrue(html.contains("<caption>Roll-call vote on item 1</caption>"), html);
        assertTrue(html.contains("<th scope=\"row\" lang=\"uk\">Ковальчук Олена Петрівна</th><td class=\"vote vote--for\">For</td>"),
                html);
        assertTrue(html.contains("href=\"/en/documents/protocols/2026/52\""), html);
        assertTrue(html.contains("<dt>Published on</dt>") && html.contains("24 September 2026"), html);
        assertTrue(html.contains("<dd class=\"result result--adopted\">Adopted</dd>"), html);
    }

    private static int count(String text, String part) {
        Matcher m = Pattern.compile(Pattern.quote(part)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
