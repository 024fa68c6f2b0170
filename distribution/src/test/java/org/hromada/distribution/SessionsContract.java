package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * The sessions API: demo data, CRUD, agenda items and votes, validation and problems; the public view,
 * deadlines and retention are in {@link SessionsPublicationContract}.
 */
abstract class SessionsContract extends SessionsPublicationContract {

    @Test
    void theDemoSessionsAreLoadedWithTheirVotes() throws Exception {
        String filter = "/api/v1/sessions?bodyKind=plenary&convocation=8&body=" + encoded("хмарівська");
        JsonNode published = Http.json(http.get(filter));
        assertEquals(2, published.get("total").asInt(), "54 is not announced yet: " + published);
        assertEquals(3, Http.json(http.as(editor).get(filter)).get("total").asInt());
        JsonNode s53 = published.get("items").get(0);
        JsonNode s52 = published.get("items").get(1);
        assertEquals(53, s53.get("number").asInt());
        assertEquals("/sessions/2026/plenary-52", s52.get("url").asText());
        assertNoField(s52, "items");

        JsonNode full = Http.json(http.get("/api/v1/sessions/" + s52.get("id").asLong()));
        assertEquals(4, full.get("items").size(), full.toString());
        JsonNode first = full.get("items").get(0);
        assertEquals(12, first.get("votes").size());
        assertEquals(11, first.get("totals").get("for").asInt());
        assertEquals(1, first.get("totals").get("absent").asInt());
        assertEquals("Ковальчук Олена Петрівна", first.get("votes").get(0).get("deputy").asText());
        assertEquals("met", deadline(full, "SES-NOT").get("status").asText());
        assertEquals("2026-09-14", deadline(full, "SES-NOT").get("dueOn").asText());
        assertEquals("met", deadline(full, "SES-VID").get("status").asText());
        int rollCalls = 0;
        for (JsonNode d : full.get("deadlines")) {
            if (d.get("rule").asText().equals("SES-RCV")) {
                assertEquals("met", d.get("status").asText(), d.toString());
                rollCalls++;
            }
        }
        assertEquals(3, rollCalls, "the mayor's information was not voted on");

        JsonNode rejected = Http.json(http.get("/api/v1/sessions/" + s53.get("id").asLong())).get("items").get(2);
        assertEquals("rejected", rejected.get("result").asText());
        assertEquals(4, rejected.get("totals").get("for").asInt(), rejected.toString());
        assertEquals(4, rejected.get("totals").get("against").asInt(), rejected.toString());
    }

    @Test
    void editorsCreateReadUpdateAndDelete() throws Exception {
        String body = "Постійна комісія з питань бюджету та фінансів";
        JsonNode created = create(session("standing_commission", body, 12, "2025-02-10"));
        long id = created.get("id").asLong();
        assertEquals("/sessions/2025/commission-12", created.get("url").asText());
        assertEquals("halyna", created.get("createdBy").asText());
        assertEquals("10:00", created.get("startsAt").asText());

        HttpResponse<String> read = http.get("/api/v1/sessions/" + id);
        assertEquals(200, read.statusCode(), read.body());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.send(http.builder("/api/v1/sessions/" + id).header("If-None-Match", etag).GET())
                .statusCode());

        ObjectNode change = session("standing_commission", body, 12, "2025-02-10").put("place", "Мала зала")
                .put("version", created.get("version").asLong());
        HttpResponse<String> updated = http.as(editor).putJson("/api/v1/sessions/" + id, change.toString());
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("Мала зала", Http.json(updated).get("place").asText());
        assertProblem(http.as(editor).putJson("/api/v1/sessions/" + id, change.toString()), 409);
        assertProblem(http.as(editor).postJson("/api/v1/sessions",
                session("standing_commission", body, 12, "2025-03-01").toString()), 409);

        JsonNode found = Http.json(http.get("/api/v1/sessions?bodyKind=standing_commission&body=" + encoded("БЮДЖЕТУ")
                + "&from=2025-02-01&to=2025-02-28&page=1&size=5"));
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals(5, found.get("size").asInt());

        assertEquals(204, http.as(editor).delete("/api/v1/sessions/" + id).statusCode());
        assertProblem(http.as(editor).get("/api/v1/sessions/" + id), 404);
        assertProblem(http.as(editor).delete("/api/v1/sessions/" + id), 404);

        JsonNode log = Http.json(http.as(admin).get("/api/v1/audit?entityType=session&entityId=" + id));
        String actions = log.get("items").toString();
        assertTrue(actions.contains("session.create") && actions.contains("session.update")
                && actions.contains("session.delete"), actions);
        for (JsonNode entry : log.get("items")) {
            if (entry.get("action").asText().equals("session.update")) {
                assertEquals("Сесійна зала", entry.get("before").get("place").asText(), entry.toString());
                assertFalse(entry.get("after").has("number"), "only the changed fields: " + entry);
            }
        }
    }

    @Test
    void agendaItemsCarryLinksVotesAndTotals() throws Exception {
        JsonNode created = create(session("plenary", "Тестова рада голосувань", 101, "2025-04-10"));
        long id = created.get("id").asLong();
        long draft = document("draft_decision", "Т-1", "2025-04-01", PAST);
        long decision = document("council_decision", "501-VIII", "2025-04-10", PAST);
        HttpResponse<String> added = http.as(editor).postJson("/api/v1/sessions/" + id + "/items", item("Про бюджет")
                .put("draftDocumentId", draft).put("decisionDocumentId", decision).put("result", "adopted")
                .put("voteHeldAt", "2025-04-10T08:00:00Z").put("votesPublishedAt", "2025-04-10T15:00:00Z").toString());
        assertEquals(201, added.statusCode(), added.body());
        JsonNode first = Http.json(added).get("items").get(0);
        long itemId = first.get("id").asLong();
        assertTrue(added.headers().firstValue("Location").orElseThrow().endsWith("/sessions/" + id + "/items/" + itemId));
        assertEquals(1, first.get("position").asInt());
        assertEquals("/documents/drafts/2025/%D0%A2-1", first.get("draft").get("url").asText(), first.toString());
        assertEquals("501-VIII", first.get("decision").get("number").asText());
        JsonNode withSecret = addItem(id, item("Про обрання секретаря ради").put("secretBallot", true)
                .put("result", "adopted").put("voteHeldAt", "2025-04-10T09:00:00Z"));
        long secret = withSecret.get("items").get(1).get("id").asLong();
        assertEquals(2, withSecret.get("items").get(1).get("position").asInt());
        assertNoField(withSecret.get("items").get(1), "totals");

        String votesPath = "/api/v1/sessions/" + id + "/items/" + itemId + "/votes";
        HttpResponse<String> voted = http.as(editor).putJson(votesPath, votes("Бондар Іван", "for", "Коваль Ольга",
                "against", "Левченко Петро", "abstained", "Мазур Анна", "absent", "Ничипорук Ігор", "for"));
        assertEquals(200, voted.statusCode(), voted.body());
        JsonNode totals = Http.json(voted).get("items").get(0).get("totals");
        assertEquals("{\"for\":2,\"against\":1,\"abstained\":1,\"did_not_vote\":0,\"absent\":1}", totals.toString());
        assertEquals("Мазур Анна", Http.json(voted).get("items").get(0).get("votes").get(3).get("deputy").asText());
        assertFieldErrors(http.as(editor).putJson(votesPath, votes("Бондар Іван", "for", "Коваль Ольга", "for",
                "бондар іван", "against")), "[2].deputy");
        assertFieldErrors(http.as(editor).putJson(votesPath, votes("Бондар Іван", "yes", "", "for")),
                "[0].choice", "[1].deputy");
        assertFieldErrors(http.as(editor).putJson("/api/v1/sessions/" + id + "/items/" + secret + "/votes",
                votes("Бондар Іван", "for")), "votes");
        assertProblem(http.as(editor).putJson(votesPath, "{\"deputy\":\"Бондар Іван\"}"), 400);
        assertProblem(http.as(author).putJson(votesPath, votes("Бондар Іван", "for")), 403);
        assertProblem(http.putJson(votesPath, votes("Бондар Іван", "for")), 401);

        String itemPath = "/api/v1/sessions/" + id + "/items/" + itemId;
        long version = Http.json(http.as(editor).get("/api/v1/sessions/" + id)).get("version").asLong();
        assertTrue(version > created.get("version").asLong(), "agenda changes move the session's version on");
        assertFieldErrors(http.as(editor).putJson(itemPath, item("Про бюджет").put("secretBallot", true)
                .put("result", "adopted").put("voteHeldAt", "2025-04-10T08:00:00Z").toString()), "secretBallot");
        HttpResponse<String> moved = http.as(editor).putJson(itemPath, item("Про бюджет громади на 2026 рік")
                .put("position", 3).put("result", "adopted").put("voteHeldAt", "2025-04-10T08:00:00Z")
                .put("version", version).toString());
        assertEquals(200, moved.statusCode(), moved.body());
        JsonNode last = Http.json(moved).get("items").get(1);
        assertEquals(itemId, last.get("id").asLong(), "position 3 comes after position 2");
        assertNoField(last, "draft");
        assertEquals(5, last.get("votes").size(), "votes stay with their item");
        assertProblem(http.as(editor).putJson(itemPath, item("Застаріле").put("version", version).toString()), 409);

        assertEquals(204, http.as(editor).delete("/api/v1/sessions/" + id + "/items/" + secret).statusCode());
        assertProblem(http.as(editor).delete("/api/v1/sessions/" + id + "/items/" + secret), 404);
        long other = create(session("plenary", "Тестова рада голосувань", 102, "2025-05-10")).get("id").asLong();
        assertProblem(http.as(editor).putJson("/api/v1/sessions/" + other + "/items/" + itemId + "/votes", "[]"), 404);
        assertEquals(1, Http.json(http.as(editor).get("/api/v1/sessions/" + id)).get("items").size());

        String log = Http.json(http.as(admin).get("/api/v1/audit?entityType=session&entityId=" + id)).toString();
        for (String action : new String[] {"session.item_create", "session.votes", "session.item_update",
                "session.item_delete"}) {
            assertTrue(log.contains(action), action + " in " + log);
        }
        assertTrue(log.contains("\"Коваль Ольга\":\"against\""), log);
    }

    @Test
    void badRequestsAreProblemsNeverErrors() throws Exception {
        ObjectNode valid = session("plenary", "Рада для помилок", 1, "2025-06-01");
        assertProblem(http.postJson("/api/v1/sessions", valid.toString()), 401);
        assertProblem(http.as(author).postJson("/api/v1/sessions", valid.toString()), 403);
        assertProblem(http.as(editor).get("/api/v1/sessions/999999999"), 404);
        assertEquals(404, http.get("/api/v1/sessions/abc").statusCode());

        assertFieldErrors(http.as(editor).postJson("/api/v1/sessions", "{}"), "bodyKind", "bodyName", "number",
                "heldOn");
        assertFieldErrors(http.as(editor).postJson("/api/v1/sessions", valid.deepCopy().put("heldOn", "01.06.2025")
                .put("startsAt", "25:00").put("status", "done").put("videoUrl", "javascript:alert(1)")
                .put("protocolDocumentId", 999999999).toString()), "heldOn", "startsAt", "status", "videoUrl",
                "protocolDocumentId");
        ObjectNode noConvocation = valid.deepCopy();
        noConvocation.remove("convocation");
        assertFieldErrors(http.as(editor).postJson("/api/v1/sessions", noConvocation.toString()), "convocation");
        assertProblem(http.as(editor).postJson("/api/v1/sessions", "{\"number\":\"fifty\"}"), 400);
        assertProblem(http.as(editor).postJson("/api/v1/sessions", "[1,2"), 400);

        long id = create(valid).get("id").asLong();
        assertFieldErrors(http.as(editor).postJson("/api/v1/sessions/" + id + "/items", "{}"), "title");
        assertFieldErrors(http.as(editor).postJson("/api/v1/sessions/" + id + "/items",
                item("Про все").put("result", "adopted").put("draftDocumentId", 999999999).toString()),
                "voteHeldAt", "draftDocumentId");
        assertProblem(http.as(editor).postJson("/api/v1/sessions/999999999/items", item("Про все").toString()), 404);
        assertProblem(http.as(editor).putJson("/api/v1/sessions/" + id + "/items/999999999/votes", "[]"), 404);

        for (String query : new String[] {"bodyKind=council", "from=yesterday", "size=1000", "page=0",
                "convocation=IX", "from=2025-02-01&to=2025-01-01"}) {
            HttpResponse<String> bad = http.get("/api/v1/sessions?" + query);
            assertProblem(bad, 400);
            assertTrue(Http.json(bad).get("errors").size() > 0, query + ": " + bad.body());
        }
        assertEquals(200, http.get("/api/v1/sessions?body=%25_!").statusCode());
        String openApi = http.get("/api/openapi.json").body();
        assertTrue(openApi.contains("\"/sessions\"") && openApi.contains("/votes\""), "OpenAPI names the sessions API");
    }
}
