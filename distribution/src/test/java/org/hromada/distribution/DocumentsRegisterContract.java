package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The register as the law and the public see it, against a real server in demo mode: publication
 * deadlines on the distribution's calendar (martial law since 2022, so public holidays are working
 * days), the editors' deadline list, the public pages, feeds, sitemap, exports and the words filter.
 */
abstract class DocumentsRegisterContract extends ServerWithEditors {

    @Override
    Map<String, String> environment() {
        return Map.of("HROMADA_DEMO", "true");
    }

    JsonNode create(ObjectNode document) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/documents", document.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    static ObjectNode act(String kind, String number, String adoptedOn, String publishedAt) {
        ObjectNode document = DocumentsContract.document(kind, number, adoptedOn, "Акт " + number);
        return publishedAt == null ? document.putNull("publishedAt") : document.put("publishedAt", publishedAt);
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void anActIsDueOnTheFifthWorkingDayAndIndependenceDayIsAWorkingDayUnderMartialLaw() throws Exception {
        // Adopted Friday 22 August 2025; Monday 25 August would be a day off in peacetime, not under martial law.
        JsonNode onTime = create(act("head_order", "D-1", "2025-08-22", "2025-08-29T09:00:00Z")).get("deadline");
        assertEquals("act", onTime.get("rule").asText());
        assertEquals("2025-08-29", onTime.get("dueOn").asText());
        assertEquals("met", onTime.get("status").asText());
        JsonNode late = create(act("head_order", "D-2", "2025-08-22", "2025-09-02T09:00:00Z")).get("deadline");
        assertEquals("late", late.get("status").asText());
        assertEquals(2, late.get("workingDaysLate").asInt());
        // 23:30 on 29 August in Kyiv is still the 29th, though it is the 29th in UTC as well: take 22:30 UTC = 01:30 on the 30th.
        JsonNode afterMidnight = create(act("head_order", "D-3", "2025-08-22", "2025-08-29T22:30:00Z")).get("deadline");
        assertEquals("2025-08-30", afterMidnight.get("publishedOn").asText(), "the day is Kyiv's");
        assertEquals("late", afterMidnight.get("status").asText());
    }

    @Test
    void aDraftIsDueTenWorkingDaysBeforeItsConsiderationFiveForLandAndExceptionsNeedAReason() throws Exception {
        ObjectNode standard = act("draft_decision", "ДП-1", "2025-08-01", "2025-08-21T08:00:00Z")
                .put("considerationOn", "2025-09-04").put("status", "draft");
        JsonNode due = create(standard).get("deadline");
        assertEquals("draft", due.get("rule").asText());
        assertEquals("2025-08-21", due.get("dueOn").asText());
        assertEquals("met", due.get("status").asText());

        JsonNode land = create(act("draft_decision", "ДП-2", "2025-08-01", "2025-08-28T08:00:00Z")
                .put("considerationOn", "2025-09-04").put("leadTime", "land")).get("deadline");
        assertEquals("2025-08-28", land.get("dueOn").asText());
        assertEquals("met", land.get("status").asText());

        HttpResponse<String> noReason = http.as(editor).postJson("/api/v1/documents",
                act("draft_decision", "ДП-3", "2025-08-01", null).put("leadTime", "emergency").toString());
        assertProblem(noReason, 422);
        assertTrue(noReason.body().contains("leadTimeReason"), noReason.body());
        JsonNode waived = create(act("draft_decision", "ДП-3", "2025-08-01", null).put("leadTime", "admin_service")
                .put("leadTimeReason", "Строк послуги спливає раніше")).get("deadline");
        assertEquals("exempt", waived.get("status").asText());
        assertEquals("Строк послуги спливає раніше", waived.get("note").asText());

        JsonNode undated = create(act("draft_decision", "ДП-4", "2025-08-01", null)).get("deadline");
        assertEquals("no_date", undated.get("status").asText());
        JsonNode votes = create(act("roll_call_votes", "ПГ-1", "2025-09-04", "2025-09-05T08:00:00Z")).get("deadline");
        assertEquals("late", votes.get("status").asText(), "roll-call results are due on the day of the vote");
    }

    @Test
    void editorsSeeWhatIsLateOrAtRiskAndThePublicDoesNot() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        long overdue = create(act("executive_decision", "L-1", today.minusDays(30).toString(), null)).get("id").asLong();
        long later = create(act("draft_decision", "L-2", today.toString(), null)
                .put("considerationOn", today.plusDays(60).toString())).get("id").asLong();

        JsonNode report = Http.json(http.as(editor).get("/api/v1/documents/deadlines?size=100"));
        String items = report.get("items").toString();
        assertTrue(items.contains("\"id\":" + overdue + ","), items);
        assertFalse(items.contains("\"id\":" + later + ","), "pending is not listed by default: " + items);
        assertTrue(report.get("counts").get("late").asInt() >= 1, report.toString());
        JsonNode pending = Http.json(http.as(editor).get("/api/v1/documents/deadlines?status=pending&size=100"));
        assertTrue(pending.get("items").toString().contains("\"id\":" + later + ","), pending.toString());

        assertProblem(http.get("/api/v1/documents/deadlines"), 401);
        assertProblem(http.as(author).get("/api/v1/documents/deadlines"), 403);
        HttpResponse<String> bad = http.as(editor).get("/api/v1/documents/deadlines?status=soon&from=yesterday");
        assertProblem(bad, 400);
        assertTrue(bad.body().contains("status") && bad.body().contains("from"), bad.body());
    }

    @Test
    void theDemoRegisterIsPublicWithFiltersPagesAndTheArticle15Dates() throws Exception {
        HttpResponse<String> register = http.get("/documents");
        assertEquals(200, register.statusCode());
        assertTrue(register.body().contains("Про затвердження тарифів на вивезення побутових відходів"),
                "the demo register is listed, newest first");
        assertTrue(http.get("/documents?page=2").body().contains("Про бюджет Хмарівської міської територіальної"
                + " громади на 2026 рік"), "older documents are on the next page");
        assertFalse(register.body().contains("Про затвердження Програми соціального захисту ветеранів"),
                "a draft without a publication time is not public");

        String filtered = http.get("/documents?kind=council_decision&from=2026-09-01&to=2026-09-30&session=52").body();
        assertTrue(filtered.contains("2101-VIII") && filtered.contains("2103-VIII"), filtered);
        assertFalse(filtered.contains("2140-VIII"), "session 53 is filtered out");

        HttpResponse<String> badDate = http.get("/documents?from=2026-13-45&kind=council_decision");
        assertEquals(200, badDate.statusCode(), "a bad filter is shown beside its field, not as an error page");
        assertTrue(badDate.body().contains("filter-from-error") && badDate.body().contains("2141-VIII"),
                "the other filters still apply");

        HttpResponse<String> page = http.get("/documents/council-decisions/2026/1985-VIII");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Дата оприлюднення") && page.body().contains("Дата оновлення"),
                "Art. 15 part 6: the dates of publication and update");
        assertTrue(page.body().contains("До документа вносилися зміни")
                && page.body().contains("/documents/council-decisions/2026/2140-VIII"), "amended by 2140-VIII");

        String english = http.get("/en/documents/council-decisions/2026/1985-VIII").body();
        assertTrue(english.contains("<html lang=\"en\"") && english.contains("Published on")
                && english.contains("lang=\"uk\""), "English labels, the Ukrainian text marked as such");

        assertEquals(404, http.get("/documents/no-such-kind").statusCode());
        assertEquals(404, http.get("/documents/council-decisions/20x6/1985-VIII").statusCode());
        assertEquals(404, http.get("/documents/council-decisions/2026/" + encoded("П-62")).statusCode());
        assertEquals(404, http.get("/documents?page=99").statusCode());
    }

    @Test
    void feedsSitemapAndOpenDataExports() throws Exception {
        String feed = http.get("/documents/council-decisions/feed.xml").body();
        assertTrue(feed.contains("<feed") && feed.contains("2141-VIII") && !feed.contains("Розпорядження"), feed);
        assertEquals(404, http.get("/documents/no-such-kind/feed.xml").statusCode());
        assertTrue(http.get("/sitemap.xml").body().contains("/documents/council-decisions/2026/2101-VIII"));

        HttpResponse<String> csv = http.get("/api/v1/documents/export.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("uid,kind,kindName,number,title,acceptedDate,issuedDate,validFrom,status,publisherName,"
                + "convocation,session,department,isNormative,isRegulatory,url,updatedAt", lines[0]);
        assertTrue(csv.body().contains("2101-VIII-2026,council_decision,Рішення ради,2101-VIII,"), lines[1]);
        assertFalse(csv.body().contains("ветеранів"), "unpublished drafts are not exported");
        JsonNode json = Http.json(http.get("/api/v1/documents/export.json"));
        assertEquals(lines.length - 1, json.size(), "the same rows in both");
        assertEquals("uid", json.get(0).fieldNames().next());

        long added = create(act("head_order", "E-1", "2025-10-01", PAST)).get("id").asLong();
        assertTrue(http.get("/api/v1/documents/export.csv").body().contains("E-1-2025,head_order"),
                "a newly published document is in the next export");
        assertEquals(204, http.as(editor).delete("/api/v1/documents/" + added).statusCode());
        assertFalse(http.get("/api/v1/documents/export.json").body().contains("\"E-1\""), "and a deleted one is not");
    }

    @Test
    void theWordsFilterFindsOtherFormsInTheTextAndAttachments() throws Exception {
        long id = create(act("executive_decision", "S-1", "2025-06-10", PAST)
                .put("text", "Виконавчий комітет вирішив відремонтувати укриття в ліцеях громади.")).get("id").asLong();
        String words = "/api/v1/documents?q=" + encoded("укриттям ліцеїв");
        JsonNode found = null;
        for (int i = 0; i < 100; i++) { // the index catches up on its own thread
            found = Http.json(http.get(words));
            if (found.get("total").asInt() > 0) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals(id, found.get("items").get(0).get("id").asLong());
        assertEquals(0, Http.json(http.get("/api/v1/documents?q=" + encoded("укриттям космодрому"))).get("total")
                .asInt(), "every word must match");
        JsonNode search = Http.json(http.get("/api/v1/search?q=" + encoded("ліцеїв укриття")));
        assertTrue(search.toString().contains("\"type\":\"document\""), search.toString());
    }
}
