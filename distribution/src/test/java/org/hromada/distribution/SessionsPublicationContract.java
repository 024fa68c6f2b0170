package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** What the public sees of sessions, their legal deadlines and the video's retention period. */
abstract class SessionsPublicationContract extends SessionsFixture {

    @Test
    void thePublicSeesPublishedSessionsAndLinksToPublicDocumentsOnly() throws Exception {
        String body = "Виконавчий комітет Тестової ради";
        ObjectNode hidden = session("executive_committee", body, 7, "2025-07-01");
        hidden.remove("publishedAt");
        long unpublished = create(hidden).get("id").asLong();
        long later = create(session("executive_committee", body, 8, "2025-07-02").put("publishedAt", now(86_400)))
                .get("id").asLong();
        long shown = create(session("executive_committee", body, 9, "2025-07-03")).get("id").asLong();
        assertProblem(http.get("/api/v1/sessions/" + unpublished), 404);
        assertProblem(http.get("/api/v1/sessions/" + later), 404);
        assertProblem(http.as(author).get("/api/v1/sessions/" + later), 404);
        assertEquals(200, http.as(editor).get("/api/v1/sessions/" + unpublished).statusCode());
        String list = "/api/v1/sessions?body=" + encoded(body);
        assertEquals(1, Http.json(http.get(list)).get("total").asInt());
        assertEquals(3, Http.json(http.as(editor).get(list)).get("total").asInt());

        long draft = document("draft_decision", "Т-77", "2025-06-20", null);
        long decision = document("executive_decision", "77", "2025-07-03", PAST);
        addItem(shown, item("Про тарифи").put("draftDocumentId", draft).put("decisionDocumentId", decision)
                .put("result", "adopted").put("voteHeldAt", "2025-07-03T08:00:00Z").put("votesPublishedAt", now(86_400)));
        long itemId = Http.json(http.as(editor).get("/api/v1/sessions/" + shown)).get("items").get(0).get("id").asLong();
        assertEquals(200, http.as(editor).putJson("/api/v1/sessions/" + shown + "/items/" + itemId + "/votes",
                votes("Бондар Іван", "for")).statusCode());

        JsonNode item = Http.json(http.get("/api/v1/sessions/" + shown)).get("items").get(0);
        assertNoField(item, "draft");
        assertEquals("/documents/executive-decisions/2025/77", item.get("decision").get("url").asText());
        assertNoField(item, "votes");
        assertNoField(item, "totals");
        JsonNode edited = Http.json(http.as(editor).get("/api/v1/sessions/" + shown)).get("items").get(0);
        assertEquals(draft, edited.get("draft").get("id").asLong());
        assertNoField(edited.get("draft"), "url");
        assertEquals(1, edited.get("totals").get("for").asInt());

        assertEquals(204, http.as(editor).delete("/api/v1/documents/" + draft).statusCode(), "a linked document goes");
        assertNoField(Http.json(http.as(editor).get("/api/v1/sessions/" + shown)).get("items").get(0), "draft");
    }

    @Test
    void deadlinesAreComputedOnKyivCalendarDays() throws Exception {
        String body = "Рада строків";
        JsonNode friday = create(session("plenary", body, 30, "2025-03-14").put("noticePublishedAt", "2025-03-01T08:00:00Z")
                .put("videoUrl", "https://www.youtube.com/watch?v=test30").put("videoPublishedAt", "2025-03-16T10:00:00Z"));
        long id = friday.get("id").asLong();
        JsonNode notice = deadline(friday, "SES-NOT");
        assertEquals("2025-03-04", notice.get("dueOn").asText());
        assertEquals("2025-03-01", notice.get("doneOn").asText());
        assertEquals("met", notice.get("status").asText());
        JsonNode video = deadline(friday, "SES-VID");
        assertEquals("2025-03-15", video.get("dueOn").asText(), "the next calendar day, a Saturday");
        assertTrue(video.get("dueOnDayOff").asBoolean());
        assertEquals("late", video.get("status").asText());

        addItem(id, item("Вчасно").put("result", "adopted").put("voteHeldAt", "2025-03-14T09:00:00Z")
                .put("votesPublishedAt", "2025-03-14T21:30:00Z")); // 23:30 in Kyiv (UTC+2)
        addItem(id, item("Пізно").put("result", "adopted").put("voteHeldAt", "2025-03-14T10:00:00Z")
                .put("votesPublishedAt", "2025-03-14T22:30:00Z")); // 00:30 on the 15th in Kyiv
        JsonNode withVotes = addItem(id, item("Не оприлюднено").put("result", "rejected")
                .put("voteHeldAt", "2025-03-14T11:00:00Z"));
        String rollCalls = "";
        for (JsonNode d : withVotes.get("deadlines")) {
            if (d.get("rule").asText().equals("SES-RCV")) {
                assertEquals("2025-03-14", d.get("dueOn").asText());
                rollCalls += d.get("status").asText() + " ";
            }
        }
        assertEquals("met late late ", rollCalls);

        JsonNode committee = create(session("executive_committee", body, 31, "2025-03-20").put("status", "cancelled"));
        assertEquals("not_applicable", deadline(committee, "SES-VID").get("status").asText());
        assertEquals("not_applicable", deadline(committee, "SES-NOT").get("status").asText());

        LocalDate today = LocalDate.now(ZoneId.of("Europe/Kyiv"));
        JsonNode soon = create(session("plenary", body, 32, today.plusDays(11).toString()).put("status", "planned"));
        assertEquals(today.plusDays(1).toString(), deadline(soon, "SES-NOT").get("dueOn").asText());
        assertEquals("at_risk", deadline(soon, "SES-NOT").get("status").asText());
        JsonNode later = create(session("plenary", body, 33, today.plusDays(30).toString()).put("status", "planned"));
        assertEquals("pending", deadline(later, "SES-NOT").get("status").asText());
        assertEquals("pending", deadline(later, "SES-VID").get("status").asText());
    }

    @Test
    void aHeldSessionIsKeptFiveYearsAfterItsVideo() throws Exception {
        ObjectNode held = session("plenary", "Рада архіву", 40, "2025-03-14")
                .put("videoUrl", "https://www.youtube.com/watch?v=test40").put("videoPublishedAt", "2025-03-15T10:00:00Z");
        JsonNode created = create(held);
        long id = created.get("id").asLong();
        assertEquals("2030-03-15", created.get("retentionUntil").asText());
        HttpResponse<String> refused = http.as(editor).delete("/api/v1/sessions/" + id);
        assertProblem(refused, 409);
        assertTrue(refused.body().contains("5 years") && refused.body().contains("Art. 46 p.18"), refused.body());
        assertEquals(200, http.as(editor).get("/api/v1/sessions/" + id).statusCode());

        HttpResponse<String> old = http.as(editor).putJson("/api/v1/sessions/" + id,
                held.put("heldOn", "2020-03-13").put("videoPublishedAt", "2020-03-14T10:00:00Z").toString());
        assertEquals("2025-03-14", Http.json(old).get("retentionUntil").asText(), old.body());
        assertEquals(204, http.as(editor).delete("/api/v1/sessions/" + id).statusCode());
        assertTrue(http.as(admin).get("/api/v1/audit?entityType=session&entityId=" + id + "&action=session.delete")
                .body().contains("Рада архіву, session 40"));
    }
}
