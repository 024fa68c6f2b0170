package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Article 15 as the disclosure bundle shows it, against a real server in demo mode: the documents
 * bundle's checks (the demo register has an order and a draft published late), results that follow
 * the data, editors' attestations going stale, the problems, and the public page.
 */
abstract class DisclosureContract extends ServerWithEditors {
    static final ZoneId KYIV = ZoneId.of("Europe/Kyiv");

    @Override
    Map<String, String> environment() {
        return Map.of("HROMADA_DEMO", "true");
    }

    JsonNode run() throws Exception {
        HttpResponse<String> ran = http.as(editor).postJson("/api/v1/disclosure/checks/run", "");
        assertEquals(200, ran.statusCode(), ran.body());
        return Http.json(ran);
    }

    static JsonNode item(JsonNode checks, String id) {
        return StreamSupport.stream(checks.get("items").spliterator(), false)
                .filter(i -> i.get("item").asText().equals(id)).findFirst().orElseThrow(() -> new AssertionError(id));
    }

    void create(ObjectNode document) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/documents", document.toString());
        assertEquals(201, response.statusCode(), response.body());
    }

    static String evidence(JsonNode item) {
        return item.get("evidence").toString();
    }

    @Test
    void afterARunTheDemoRegistersLateOrderAndDraftAreTheEvidenceOfParts2And4() throws Exception {
        JsonNode checks = run();
        assertEquals(26, checks.get("total").asInt());
        assertNotNull(checks.get("checkedAt").textValue(), checks.toString());
        JsonNode acts = item(checks, "2");
        assertEquals("late", acts.get("status").asText(), acts.toString());
        assertEquals("check", acts.get("source").asText());
        assertEquals("documents.acts-on-time", acts.get("checks").get(0).get("checkId").asText());
        assertTrue(evidence(acts).contains("87-р"), evidence(acts));
        assertTrue(evidence(acts).contains("\"url\":\"/"), "evidence links to the documents: " + evidence(acts));
        assertFalse(acts.get("advice").get("uk").asText().isEmpty());
        assertNotNull(acts.get("checkedAt").textValue());
        assertEquals("late", item(checks, "4").get("status").asText(), "a draft published late");

        assertEquals("unknown", item(checks, "1.7").get("status").asText(), "no check, no attestation");
        assertEquals("none", item(checks, "1.7").get("source").asText());
        assertEquals("not_applicable", item(checks, "3").get("status").asText(), "the enterprises' pay");
        assertEquals("1.11", item(checks, "1.11.3").get("parent").asText());
        assertTrue(checks.get("counts").get("late").asInt() >= 2, checks.get("counts").toString());

        JsonNode publicly = Http.json(http.get("/api/v1/disclosure/checks"));
        assertEquals("late", item(publicly, "2").get("status").asText(), "the public reads the same");
        JsonNode history = Http.json(http.get("/api/v1/disclosure/checks/2/history?size=5"));
        assertTrue(history.get("total").asInt() >= 1, history.toString());
        assertEquals("documents.acts-on-time", history.get("items").get(0).get("checkId").asText());
        assertEquals("late", history.get("items").get(0).get("status").asText());
    }

    @Test
    void theChecksFollowTheDataALateActIsEvidenceAndFixedDraftsPass() throws Exception {
        LocalDate today = LocalDate.now(KYIV);
        String now = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        create(DocumentsRegisterContract.act("head_order", "РК-15", today.minusDays(30).toString(), now));
        JsonNode checks = run();
        assertTrue(evidence(item(checks, "2")).contains("РК-15"), "a late order is evidence of part 2");
        String drafts = evidence(item(checks, "4"));
        assertTrue(drafts.contains("П-43"), "the demo's late draft: " + drafts);

        // Remove every draft the check finds late or undated, add one published in good time: part 4 passes.
        JsonNode attention = Http.json(http.as(editor).get("/api/v1/documents/deadlines?status=late,no_date&size=100"));
        for (JsonNode d : attention.get("items")) {
            if ("draft".equals(d.get("deadline").get("rule").asText())) {
                assertEquals(204, http.as(editor).delete("/api/v1/documents/" + d.get("id").asLong()).statusCode());
            }
        }
        create(DocumentsRegisterContract.act("draft_decision", "ДП-15",
                today.toString(), now).put("considerationOn", today.plusDays(60).toString()).put("status", "draft"));
        JsonNode passed = item(run(), "4");
        assertEquals("compliant", passed.get("status").asText(), passed.toString());

        create(DocumentsRegisterContract.act("draft_decision", "ДП-16",
                today.minusDays(30).toString(), now).put("considerationOn", today.minusDays(2).toString()));
        JsonNode failed = item(run(), "4");
        assertEquals("late", failed.get("status").asText(), failed.toString());
        assertTrue(evidence(failed).contains("ДП-16"), evidence(failed));
        JsonNode history = Http.json(http.get("/api/v1/disclosure/checks/4/history"));
        List<String> statuses = StreamSupport.stream(history.get("items").spliterator(), false)
                .map(r -> r.get("status").asText()).toList();
        assertEquals("late", statuses.get(0));
        assertTrue(statuses.contains("compliant"), statuses.toString());
    }

    @Test
    void anAttestedItemIsCompliantUntilItsReviewDateAndStaleAfter() throws Exception {
        assertProblem(http.get("/api/v1/disclosure/attestations/1.11.3"), 404);
        HttpResponse<String> attested = http.as(editor).putJson("/api/v1/disclosure/attestations/1.11.3",
                "{\"status\":\"compliant\",\"url\":\"/pro-nas/hrafik-pryiomu\",\"note\":\"Перевірила Галина\","
                        + "\"reviewDays\":30}");
        assertEquals(200, attested.statusCode(), attested.body());
        JsonNode attestation = Http.json(attested);
        LocalDate today = LocalDate.now(KYIV);
        assertEquals(today.toString(), attestation.get("attestedOn").asText());
        assertEquals(today.plusDays(30).toString(), attestation.get("reviewOn").asText());
        assertEquals("halyna", attestation.get("attestedBy").asText());

        JsonNode point = item(Http.json(http.get("/api/v1/disclosure/checks")), "1.11.3");
        assertEquals("compliant", point.get("status").asText(), point.toString());
        assertEquals("attestation", point.get("source").asText());
        assertEquals("/pro-nas/hrafik-pryiomu", point.get("attestation").get("url").asText());
        assertFalse(point.get("attestation").has("attestedBy"), "staff usernames are not for the public");
        assertEquals("halyna", item(Http.json(http.as(editor).get("/api/v1/disclosure/checks")), "1.11.3")
                .get("attestation").get("attestedBy").asText(), "editors see who attested");
        assertTrue(http.get("/access-to-information").body().contains("href=\"/pro-nas/hrafik-pryiomu\""));

        assertEquals(200, http.as(admin).putJson("/api/v1/disclosure/attestations/1.11.3", "{\"status\":\"compliant\","
                + "\"url\":\"/pro-nas/hrafik-pryiomu\",\"attestedOn\":\"" + today.minusDays(31)
                + "\",\"reviewDays\":30}")
                .statusCode());
        assertEquals("stale", item(Http.json(http.get("/api/v1/disclosure/checks")), "1.11.3").get("status").asText());
        JsonNode stored = Http.json(http.get("/api/v1/disclosure/attestations/1.11.3"));
        assertEquals("compliant", stored.get("status").asText(), "the word stays; the item is stale by the date");
        assertFalse(stored.has("attestedBy"), stored.toString());

        JsonNode audit = Http.json(http.as(admin).get(
                "/api/v1/audit?entityType=disclosure_attestation&entityId=1.11.3"));
        assertEquals(2, audit.get("total").asInt(), audit.toString());
        JsonNode update = audit.get("items").get(0);
        assertEquals("disclosure_attestation.update", update.get("action").asText());
        assertFalse(update.get("after").has("status"), "only what changed: " + update);
        assertEquals(today.minusDays(31).toString(), update.get("after").get("attestedOn").asText());
    }

    @Test
    void everyBadRequestIsAProblem() throws Exception {
        String body = "{\"status\":\"compliant\",\"url\":\"/pro-nas\"}";
        assertProblem(http.putJson("/api/v1/disclosure/attestations/1.9", body), 401);
        assertProblem(http.as(author).putJson("/api/v1/disclosure/attestations/1.9", body), 403);
        assertProblem(http.postJson("/api/v1/disclosure/checks/run", ""), 401);
        assertProblem(http.as(author).postJson("/api/v1/disclosure/checks/run", ""), 403);
        assertProblem(http.as(editor).putJson("/api/v1/disclosure/attestations/9.9", body), 404);
        assertProblem(http.get("/api/v1/disclosure/attestations/9.9"), 404);
        assertProblem(http.get("/api/v1/disclosure/checks/9.9/history"), 404);

        HttpResponse<String> invalid = http.as(editor).putJson("/api/v1/disclosure/attestations/1.9",
                "{\"status\":\"done\",\"url\":\"javascript:alert(1)\",\"reviewDays\":0,\"attestedOn\":\"2999-01-01\"}");
        assertProblem(invalid, 422);
        for (String field : List.of("status", "url", "reviewDays", "attestedOn")) {
            assertTrue(invalid.body().contains("\"field\":\"" + field + "\""), invalid.body());
        }
        assertProblem(http.as(editor).putJson("/api/v1/disclosure/attestations/1.9",
                "{\"status\":\"compliant\"}"), 422);
        assertProblem(http.as(editor).putJson("/api/v1/disclosure/attestations/1.9", "{\"status\":"), 400);
        assertProblem(http.as(editor).putJson("/api/v1/disclosure/attestations/1.9",
                "{\"status\":\"compliant\",\"url\":\"/x\",\"attestedOn\":\"yesterday\"}"), 400);
        HttpResponse<String> badQuery = http.get("/api/v1/disclosure/checks/2/history?page=0&size=many");
        assertProblem(badQuery, 400);
        assertTrue(badQuery.body().contains("page") && badQuery.body().contains("size"), badQuery.body());
        assertEquals("unknown", item(Http.json(http.get("/api/v1/disclosure/checks")), "1.9").get("status").asText(),
                "nothing was stored");
    }

    @Test
    void thePublicPageListsEveryItemInUkrainianAndEnglish() throws Exception {
        run();
        HttpResponse<String> uk = http.get("/access-to-information");
        assertEquals(200, uk.statusCode());
        assertTrue(uk.body().contains("<html lang=\"uk\""), "Ukrainian page");
        assertTrue(uk.body().contains("<h1>Доступ до публічної інформації</h1>"), uk.body());
        assertTrue(uk.body().contains("Пункт 11.3") && uk.body().contains("Частина 6"), "every item is listed");
        assertTrue(uk.body().contains("Оприлюднено із запізненням"), "part 2 is late in plain words");
        assertTrue(uk.body().contains("href=\"/access-to-information\""), "in the site menu");
        assertFalse(uk.body().contains("/console/"), "no console links for the public");
        String requests = uk.body().substring(uk.body().indexOf("id=\"requests\""));
        assertTrue(requests.contains("href=\"/request-information\"") && requests.contains("статтею 15"),
                "the procedure with the form of the requests bundle: " + requests);
        assertFalse(requests.contains("поштою, електронною поштою або приносьте"), "no fallback with a form");
        String accounting = uk.body().substring(uk.body().indexOf("id=\"accounting-system\""));
        assertTrue(accounting.contains("ключові слова"), "the Article 18 fields: " + accounting);
        assertTrue(accounting.contains("href=\"/accounting-system\"")
                && accounting.contains("href=\"/api/v1/documents/accounting-system.csv\""),
                "the register's accounting system, from its Article 15 check: " + accounting);
        HttpResponse<String> en = http.get("/en/access-to-information");
        assertEquals(200, en.statusCode());
        assertTrue(en.body().contains("<html lang=\"en\""));
        assertTrue(en.body().contains("<h1>Access to public information</h1>"), en.body());
        assertTrue(en.body().contains("Item 5-1") && en.body().contains("Part 3"), en.body());
        assertTrue(en.body().contains("href=\"/en/request-information\"") && en.body().contains(
                "href=\"/en/accounting-system\""), "English links stay English");
        // Demo mode sets where to send requests (the fictional council's office): the procedure is published.
        // RequestsContract covers a server without it: missing, pointing to the console, until it is set.
        JsonNode procedure = item(Http.json(http.get("/api/v1/disclosure/checks")), "1.4");
        assertEquals("compliant", procedure.get("status").asText(), procedure.toString());
        assertFalse(procedure.toString().contains("/console/"), procedure.toString());
        assertTrue(http.get("/request-information").body().contains("mailto:zapyt@khmarivka.example"),
                "the demo council's office on the form page");
        assertTrue(procedure.toString().contains("/request-information/track"), procedure.toString());
        assertEquals("compliant", item(Http.json(http.get("/api/v1/disclosure/checks")), "1.11.7").get("status")
                .asText());

        String openapi = http.get("/api/openapi.json").body();
        assertTrue(openapi.contains("/v1/disclosure/checks") || openapi.contains("/disclosure/checks"), "OpenAPI");
    }

    @Test
    void editorsSeeTheDashboardAttestInTheConsoleAndAuthorsDoNot() throws Exception {
        run();
        ConsoleClient console = new ConsoleClient(server);
        console.signIn("halyna", "halyna-Password-1");
        HttpResponse<String> dashboard = console.get("/console/disclosure");
        assertEquals(200, dashboard.statusCode());
        assertTrue(dashboard.body().contains("badge-overdue\">Із запізненням"), "part 2 late, coloured");
        assertTrue(dashboard.body().contains("Перевірити зараз"), "the run button");
        assertTrue(dashboard.body().contains("href=\"/console/disclosure/1.8\""), "attest an unchecked item");
        assertTrue(console.get("/console/").body().contains("w-disclosure-status"), "the dashboard widget");

        HttpResponse<String> invalid = console.submit("/console/disclosure/1.8", "/console/disclosure/1.8",
                Map.of("status", "compliant", "url", "", "attestedOn", "someday", "reviewDays", "30"));
        assertEquals(422, invalid.statusCode());
        assertTrue(invalid.body().contains("id=\"e-url\"") && invalid.body().contains("id=\"e-attestedOn\""));
        HttpResponse<String> saved = console.submit("/console/disclosure/1.8", "/console/disclosure/1.8",
                Map.of("status", "compliant", "url", "/pro-nas/formy", "attestedOn", LocalDate.now(KYIV).toString(),
                        "reviewDays", "90"));
        assertEquals(303, saved.statusCode(), saved.body());
        assertEquals("compliant", item(Http.json(http.get("/api/v1/disclosure/checks")), "1.8").get("status").asText());
        assertTrue(http.get("/access-to-information").body().contains("href=\"/pro-nas/formy\""),
                "the public page follows a console write");
        assertEquals(303, console.submit("/console/disclosure", "/console/disclosure/run", Map.of()).statusCode());

        ConsoleClient authors = new ConsoleClient(server);
        authors.signIn("taras", "taras-Password-1");
        assertEquals(403, authors.get("/console/disclosure").statusCode());
    }

    @Test
    void theHistoryKeepsTheNewest200ResultsOfEachCheck() throws Exception {
        for (int i = 0; i < 201; i++) {
            assertEquals(200, http.as(editor).postJson("/api/v1/disclosure/checks/run", "").statusCode());
        }
        JsonNode history = Http.json(http.get("/api/v1/disclosure/checks/2/history?size=100&page=2"));
        assertEquals(200, history.get("total").asInt(), "one check covers part 2; older results are pruned");
        assertEquals(100, history.get("items").size());
    }
}
