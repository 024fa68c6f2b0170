package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The documents register (kinds, documents, links) against a real server; subclasses choose the database. */
abstract class DocumentsContract extends ServerWithEditors {
    static ObjectNode document(String kind, String number, String adoptedOn, String title) {
        return Http.JSON.createObjectNode().put("kind", kind).put("number", number).put("adoptedOn", adoptedOn)
                .put("title", title).put("issuingBody", "Виконавчий комітет").put("publishedAt", PAST)
                .put("status", "in_force");
    }

    JsonNode create(ObjectNode document) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/documents", document.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    @Test
    void theSeededKindsAreListedAndAdminsAddMore() throws Exception {
        JsonNode kinds = Http.json(http.get("/api/v1/documents/kinds"));
        assertTrue(kinds.size() >= 7, kinds.toString());
        assertEquals("council_decision", kinds.get(0).get("code").asText());
        assertEquals("convocation", kinds.get(0).get("numberingScope").asText());
        assertEquals("Рішення ради", kinds.get(0).get("nameUk").asText());
        assertTrue(kinds.toString().contains("Результати поіменного голосування"), kinds.toString());
        assertTrue(kinds.toString().contains("\"draft_decision\""), kinds.toString());

        String kind = "{\"code\":\"commission_conclusion\",\"nameUk\":\"Висновок постійної комісії\","
                + "\"nameEn\":\"Standing commission conclusion\",\"segment\":\"commission-conclusions\"}";
        assertProblem(http.postJson("/api/v1/documents/kinds", kind), 401);
        assertProblem(http.as(editor).postJson("/api/v1/documents/kinds", kind), 403);
        HttpResponse<String> added = http.as(admin).postJson("/api/v1/documents/kinds", kind);
        assertEquals(201, added.statusCode(), added.body());
        assertEquals("year", Http.json(added).get("numberingScope").asText());
        assertProblem(http.as(admin).postJson("/api/v1/documents/kinds", kind), 409);
        HttpResponse<String> bad = http.as(admin).postJson("/api/v1/documents/kinds",
                "{\"code\":\"Погано\",\"numberingScope\":\"month\"}");
        assertProblem(bad, 422);
        assertTrue(bad.body().contains("numberingScope"), bad.body());
        create(document("commission_conclusion", "1", "2025-02-03", "Висновок щодо бюджету"));
    }

    @Test
    void editorsCreateReadUpdateAndDelete() throws Exception {
        JsonNode created = create(document("executive_decision", "101", "2025-03-12", "Про затвердження тарифів")
                .put("summary", "Тарифи на вивезення побутових відходів").put("text", "Виконавчий комітет вирішив...")
                .put("department", "Управління ЖКГ").put("inForceFrom", "2025-04-01").put("normative", true));
        long id = created.get("id").asLong();
        assertEquals("/documents/executive-decisions/2025/101", created.get("url").asText());
        assertEquals("halyna", created.get("createdBy").asText());
        assertEquals("Рішення виконавчого комітету", created.get("kindName").asText());

        HttpResponse<String> read = http.get("/api/v1/documents/" + id);
        assertEquals(200, read.statusCode(), read.body());
        assertEquals("Управління ЖКГ", Http.json(read).get("department").asText());
        String etag = read.headers().firstValue("ETag").orElseThrow();
        assertEquals(304, http.send(http.builder("/api/v1/documents/" + id).header("If-None-Match", etag).GET()).statusCode());

        long version = created.get("version").asLong();
        ObjectNode change = document("executive_decision", "101", "2025-03-12", "Про затвердження тарифів на 2025 рік")
                .put("version", version).put("status", "lost_force");
        HttpResponse<String> updated = http.as(editor).putJson("/api/v1/documents/" + id, change.toString());
        assertEquals(200, updated.statusCode(), updated.body());
        assertEquals("lost_force", Http.json(updated).get("status").asText());
        assertProblem(http.as(editor).putJson("/api/v1/documents/" + id, change.toString()), 409);

        JsonNode found = Http.json(http.get("/api/v1/documents?kind=executive_decision&number=101&from=2025-03-01"
                + "&to=2025-03-31&status=lost_force&q=%D0%A2%D0%90%D0%A0%D0%98%D0%A4%D0%86%D0%92"));
        assertEquals(1, found.get("total").asInt(), found.toString());
        assertEquals(id, found.get("items").get(0).get("id").asLong());
        assertEquals(0, Http.json(http.get("/api/v1/documents?kind=executive_decision&status=in_force&number=101"))
                .get("total").asInt());

        assertEquals(204, http.as(editor).delete("/api/v1/documents/" + id).statusCode());
        assertProblem(http.as(editor).get("/api/v1/documents/" + id), 404);
        assertProblem(http.as(editor).delete("/api/v1/documents/" + id), 404);
        assertProblem(http.as(editor).putJson("/api/v1/documents/" + id, change.toString()), 404);

        JsonNode log = Http.json(http.as(admin).get("/api/v1/audit?entityType=document&entityId=" + id));
        String actions = log.get("items").toString();
        assertTrue(actions.contains("document.create") && actions.contains("document.update")
                && actions.contains("document.delete"), actions);
        for (JsonNode entry : log.get("items")) {
            if (entry.get("action").asText().equals("document.update")) {
                assertEquals("in_force", entry.get("before").get("status").asText(), entry.toString());
                assertEquals("lost_force", entry.get("after").get("status").asText(), entry.toString());
                assertFalse(entry.get("after").has("number"), "only the changed fields: " + entry);
            }
        }
    }

    @Test
    void numbersAreUniquePerKindAndYear() throws Exception {
        create(document("head_order", "7-р", "2024-05-06", "Про скликання сесії"));
        HttpResponse<String> twice = http.as(editor).postJson("/api/v1/documents",
                document("head_order", "7-р", "2024-11-30", "Інше розпорядження").toString());
        assertProblem(twice, 409);
        assertTrue(twice.body().contains("7-р"), twice.body());
        create(document("head_order", "7-р", "2025-01-10", "Розпорядження наступного року"));
        create(document("executive_decision", "7-р", "2024-05-06", "Той самий номер, інший вид"));
    }

    @Test
    void councilDecisionsAreNumberedPerConvocation() throws Exception {
        ObjectNode first = document("council_decision", "45-VIII", "2023-12-21", "Про місцевий бюджет на 2024 рік")
                .put("convocation", 8).put("sessionNumber", 41);
        create(first);
        assertProblem(http.as(editor).postJson("/api/v1/documents",
                first.put("adoptedOn", "2024-02-01").toString()), 409);
        create(first.put("convocation", 9).put("adoptedOn", "2025-12-20"));
        HttpResponse<String> noConvocation = http.as(editor).postJson("/api/v1/documents",
                document("council_decision", "46", "2024-01-01", "Без скликання").toString());
        assertProblem(noConvocation, 422);
        assertTrue(noConvocation.body().contains("convocation"), noConvocation.body());
        JsonNode eighth = Http.json(http.get("/api/v1/documents?kind=council_decision&convocation=8"));
        assertEquals(1, eighth.get("total").asInt(), eighth.toString());
    }

    @Test
    void linksAreShownBothWays() throws Exception {
        long draft = create(document("draft_decision", "310", "2025-06-02", "Проєкт: про правила благоустрою")
                .put("status", "draft")).get("id").asLong();
        long rules = create(document("council_decision", "310-IX", "2025-06-20", "Про правила благоустрою")
                .put("convocation", 9)).get("id").asLong();
        long amendment = create(document("council_decision", "350-IX", "2025-09-18", "Про зміни до правил благоустрою")
                .put("convocation", 9)).get("id").asLong();

        HttpResponse<String> adopted = http.as(editor).postJson("/api/v1/documents/" + rules + "/links",
                "{\"type\":\"adopted_from_draft\",\"target\":" + draft + "}");
        assertEquals(200, adopted.statusCode(), adopted.body());
        JsonNode amends = Http.json(http.as(editor).postJson("/api/v1/documents/" + amendment + "/links",
                "{\"type\":\"amends\",\"target\":" + rules + "}"));
        assertEquals("amends", amends.get("links").get(0).get("type").asText());
        long linkId = amends.get("links").get(0).get("id").asLong();

        JsonNode target = Http.json(http.get("/api/v1/documents/" + rules));
        String links = target.get("links").toString();
        assertTrue(links.contains("\"adopted_from_draft\"") && links.contains("\"amended_by\""), links);
        JsonNode draftLinks = Http.json(http.get("/api/v1/documents/" + draft)).get("links");
        assertEquals("adopted_as", draftLinks.get(0).get("type").asText());
        assertEquals(rules, draftLinks.get(0).get("document").asLong());

        assertProblem(http.as(editor).postJson("/api/v1/documents/" + amendment + "/links",
                "{\"type\":\"amends\",\"target\":" + rules + "}"), 409);
        assertProblem(http.as(editor).postJson("/api/v1/documents/" + amendment + "/links",
                "{\"type\":\"cancels\",\"target\":" + amendment + "}"), 422);
        assertProblem(http.as(editor).postJson("/api/v1/documents/" + amendment + "/links",
                "{\"type\":\"repeals\",\"target\":999999999}"), 422);
        assertProblem(http.as(author).postJson("/api/v1/documents/" + amendment + "/links",
                "{\"type\":\"repeals\",\"target\":" + rules + "}"), 403);

        assertEquals(204, http.as(editor).delete("/api/v1/documents/" + amendment + "/links/" + linkId).statusCode());
        assertFalse(Http.json(http.get("/api/v1/documents/" + rules)).get("links").toString().contains("amended_by"));
        assertProblem(http.as(editor).delete("/api/v1/documents/" + amendment + "/links/" + linkId), 404);
        String log = http.as(admin).get("/api/v1/audit?entityType=document&action=document.link").body();
        assertTrue(log.contains("document.link"), log);
    }

    @Test
    void thePublicSeesPublishedDocumentsOnly() throws Exception {
        ObjectNode unpublished = document("protocol", "12", "2025-07-01", "Протокол засідання (не оприлюднено)");
        unpublished.remove("publishedAt");
        JsonNode hidden = create(unpublished);
        JsonNode later = create(document("protocol", "13", "2025-07-02", "Протокол засідання (пізніше)")
                .put("publishedAt", Instant.now().plusSeconds(86_400).toString()));
        JsonNode shown = create(document("protocol", "14", "2025-07-03", "Протокол засідання (оприлюднено)"));
        assertFalse(hidden.hasNonNull("url"), "no public address before publication");

        assertProblem(http.get("/api/v1/documents/" + hidden.get("id").asLong()), 404);
        assertProblem(http.get("/api/v1/documents/" + later.get("id").asLong()), 404);
        assertProblem(http.as(author).get("/api/v1/documents/" + later.get("id").asLong()), 404);
        assertEquals(200, http.get("/api/v1/documents/" + shown.get("id").asLong()).statusCode());
        JsonNode publicList = Http.json(http.get("/api/v1/documents?kind=protocol&from=2025-07-01&to=2025-07-03"));
        assertEquals(1, publicList.get("total").asInt(), publicList.toString());
        JsonNode editorList = Http.json(http.as(editor).get("/api/v1/documents?kind=protocol&from=2025-07-01&to=2025-07-03"));
        assertEquals(3, editorList.get("total").asInt(), editorList.toString());
    }

    @Test
    void badRequestsAreProblemsNeverErrors() throws Exception {
        ObjectNode valid = document("head_order", "900", "2025-08-01", "Про відпустку");
        assertProblem(http.postJson("/api/v1/documents", valid.toString()), 401);
        assertProblem(http.as(author).postJson("/api/v1/documents", valid.toString()), 403);
        assertProblem(http.as(editor).get("/api/v1/documents/999999999"), 404);

        HttpResponse<String> empty = http.as(editor).postJson("/api/v1/documents", "{}");
        assertProblem(empty, 422);
        for (String field : new String[] {"kind", "number", "title", "adoptedOn"}) {
            assertTrue(empty.body().contains("\"" + field + "\""), empty.body());
        }
        assertProblem(http.as(editor).postJson("/api/v1/documents",
                valid.deepCopy().put("inForceFrom", "2025-07-31").toString()), 422);
        assertProblem(http.as(editor).postJson("/api/v1/documents",
                valid.deepCopy().put("adoptedOn", "31.08.2025").toString()), 422);
        assertProblem(http.as(editor).postJson("/api/v1/documents",
                valid.deepCopy().put("kind", "nonexistent").toString()), 422);
        assertProblem(http.as(editor).postJson("/api/v1/documents",
                valid.deepCopy().put("publishedAt", "yesterday").toString()), 422);
        assertProblem(http.as(editor).postJson("/api/v1/documents", "{\"convocation\":\"VIII\"}"), 400);
        assertProblem(http.as(editor).postJson("/api/v1/documents", "[1,2"), 400);

        assertProblem(http.get("/api/v1/documents?size=100000"), 400);
        assertProblem(http.get("/api/v1/documents?page=-1"), 400);
        assertProblem(http.get("/api/v1/documents?from=yesterday"), 400);
        assertProblem(http.get("/api/v1/documents?status=repealed"), 400);
        assertProblem(http.get("/api/v1/documents?convocation=IX"), 400);
        assertEquals(200, http.get("/api/v1/documents?q=%25_!").statusCode());
        assertEquals(404, http.get("/api/v1/documents/abc").statusCode());
        assertEquals(404, http.get("/api/v1/documents/99999999999999999999999").statusCode());
    }
}
