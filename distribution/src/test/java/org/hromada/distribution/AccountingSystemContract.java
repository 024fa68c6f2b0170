package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The Article 18 accounting system against a real server in demo mode: the fields through the API and
 * the console, the restriction rules (both ground and end, never for budget or property information,
 * never published while restricted), the public page with the demo's restricted personnel orders, the
 * open-data export and the Article 15 checks of items 1.5 and 1.11.8. The last test empties the register.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class AccountingSystemContract extends ServerWithEditors {
    static final String BASIS = "конфіденційна інформація: персональні дані (ст. 7 Закону України"
            + " «Про доступ до публічної інформації»)";
    static final String RESTRICTED = "Про призначення на посаду (з кадрових питань)";

    @Override
    Map<String, String> environment() {
        return Map.of("HROMADA_DEMO", "true");
    }

    JsonNode create(ObjectNode document) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/documents", document.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    static ObjectNode order(String number, String title) {
        return DocumentsContract.document("head_order", number, "2026-03-02", title);
    }

    static ObjectNode restricted(String number, String title) {
        return order(number, title).putNull("publishedAt").put("restrictionBasis", BASIS)
                .put("restrictedUntil", "2101-03-02").put("field", "Кадрові питання");
    }

    static void assertFieldErrors(HttpResponse<String> response, String... fields) throws Exception {
        assertProblem(response, 422);
        for (String field : fields) {
            assertTrue(response.body().contains("\"field\":\"" + field + "\""), response.body());
        }
    }

    JsonNode checks() throws Exception {
        HttpResponse<String> ran = http.as(editor).postJson("/api/v1/disclosure/checks/run", "");
        assertEquals(200, ran.statusCode(), ran.body());
        return Http.json(ran);
    }

    @Test
    @Order(1)
    void theFieldsGoThroughTheApiAndTheMediumIsElectronicUnlessSaid() throws Exception {
        JsonNode created = create(order("О-1", "Про відповідь на лист громадської організації")
                .put("receivedOn", "2026-03-05").put("source", "ГО «Хмарівка разом»").put("field", "Звернення громадян")
                .put("keywords", "лист, громадська організація").put("medium", "text")
                .put("storage", "Оригінал — загальний відділ"));
        assertEquals("2026-03-05", created.get("receivedOn").asText());
        assertEquals("ГО «Хмарівка разом»", created.get("source").asText());
        assertEquals("Звернення громадян", created.get("field").asText());
        assertEquals("лист, громадська організація", created.get("keywords").asText());
        assertEquals("text", created.get("medium").asText());
        assertEquals("Оригінал — загальний відділ", created.get("storage").asText());
        assertFalse(created.has("restrictionBasis"), "not restricted: " + created);

        long id = created.get("id").asLong();
        JsonNode read = Http.json(http.get("/api/v1/documents/" + id));
        assertEquals("Звернення громадян", read.get("field").asText(), "the public reads them too");
        JsonNode replaced = Http.json(http.as(editor).putJson("/api/v1/documents/" + id,
                order("О-1", "Про відповідь на лист").put("medium", "Audio").toString()));
        assertEquals("audio", replaced.get("medium").asText());
        assertEquals("", replaced.get("field").asText(), "a PUT replaces every field");
        assertEquals("electronic", create(order("О-2", "Про план")).get("medium").asText());
    }

    @Test
    @Order(2)
    void aRestrictionNeedsGroundAndEndAndItsTextIsNotPublished() throws Exception {
        ObjectNode noEnd = restricted("Р-1", "Про відпустку");
        noEnd.remove("restrictedUntil");
        assertFieldErrors(http.as(editor).postJson("/api/v1/documents", noEnd.toString()), "restrictedUntil");
        ObjectNode noGround = restricted("Р-1", "Про відпустку");
        noGround.remove("restrictionBasis");
        assertFieldErrors(http.as(editor).postJson("/api/v1/documents", noGround.toString()), "restrictionBasis");
        assertFieldErrors(http.as(editor).postJson("/api/v1/documents", restricted("Р-1", "Про відпустку")
                .put("restrictedUntil", "2026-03-01").put("medium", "cassette").put("receivedOn", "someday")
                .toString()), "restrictedUntil", "medium", "receivedOn");
        HttpResponse<String> published = http.as(editor).postJson("/api/v1/documents", restricted("Р-1",
                "Про відпустку").put("publishedAt", PAST).toString());
        assertFieldErrors(published, "publishedAt");
        assertTrue(published.body().contains("restricted"), published.body());

        long id = create(restricted("Р-1", "Про відпустку").put("text", "Секретні персональні дані")).get("id").asLong();
        assertEquals(404, http.get("/api/v1/documents/" + id).statusCode(), "the text is not public");
        JsonNode kept = Http.json(http.as(editor).get("/api/v1/documents/" + id));
        assertEquals(BASIS, kept.get("restrictionBasis").asText());
        assertEquals("2101-03-02", kept.get("restrictedUntil").asText());
        assertEquals("exempt", kept.get("deadline").get("status").asText(), "not late: it may not be published");
        assertFieldErrors(http.as(editor).putJson("/api/v1/documents/" + id, restricted("Р-1", "Про відпустку")
                .put("publishedAt", PAST).toString()), "publishedAt");
    }

    @Test
    @Order(3)
    void budgetFundsProcurementAndPropertyInformationIsNeverRestricted() throws Exception {
        for (ObjectNode attempt : List.of(restricted("Б-1", "Про внесення змін до бюджету громади"),
                restricted("Б-2", "Про призначення").put("field", "Комунальне майно"),
                restricted("Б-3", "Про закупівлю шкільних автобусів"))) {
            HttpResponse<String> refused = http.as(editor).postJson("/api/v1/documents", attempt.toString());
            assertFieldErrors(refused, "restrictionBasis");
            assertTrue(refused.body().contains("Art. 6 part 5"), refused.body());
        }
        assertEquals(201, http.as(editor).postJson("/api/v1/documents", order("Б-1",
                "Про внесення змін до бюджету громади").put("field", "Бюджет і фінанси").toString()).statusCode(),
                "unrestricted it is fine");
    }

    @Test
    @Order(4)
    void theConsoleEditorShowsTheAccountingFieldsAndTheirErrorsBesideThem() throws Exception {
        ConsoleClient console = new ConsoleClient(server);
        console.signIn("halyna", "halyna-Password-1");
        HttpResponse<String> form = console.get("/console/documents/new");
        assertTrue(form.body().contains("Облік (стаття 18)") && form.body().contains("name=\"storage\""),
                form.body());
        Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "head_order", "number", "К-1",
                "adoptedOn", "2026-03-02", "title", "Про бюджетну програму", "status", "in_force",
                "leadTime", "standard", "medium", "text", "restrictionBasis", BASIS));
        HttpResponse<String> invalid = console.submit("/console/documents/new", "/console/documents/new", fields);
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("id=\"e-restrictionBasis\">Цю інформацію обмежувати не можна"),
                invalid.body());
        assertTrue(invalid.body().contains("id=\"e-restrictedUntil\""), invalid.body());
        fields.put("title", "Про призначення на посаду");
        fields.put("restrictedUntil", "2101-03-02");
        fields.put("field", "Кадрові питання");
        HttpResponse<String> created = console.submit("/console/documents/new", "/console/documents/new", fields);
        assertEquals(303, created.statusCode(), created.body());
        String editorPage = console.get(created.headers().firstValue("Location").orElseThrow()).body();
        assertTrue(editorPage.contains("value=\"2101-03-02\"") && editorPage.contains("Кадрові питання"), editorPage);
    }

    @Test
    @Order(5)
    void thePageListsPublishedDocumentsAndTheRestrictedOnesWithoutLinkOrText() throws Exception {
        HttpResponse<String> page = http.get("/accounting-system");
        assertEquals(200, page.statusCode());
        String body = page.body();
        assertTrue(body.contains("<h1>Система обліку публічної інформації</h1>"), body);
        assertTrue(body.contains("<caption") && body.contains("scope=\"col\"") && body.contains("scope=\"row\""));
        assertTrue(body.contains("href=\"/documents/council-decisions/2026/2101-VIII\""), "published: linked");
        assertTrue(body.contains(RESTRICTED) && body.contains(BASIS), "the demo's restricted order is listed");
        assertFalse(body.contains("/documents/orders/2026/112-"), "and not linked");
        assertFalse(body.contains("Текст розпорядження містить персональні дані"), "its text is not shown");
        assertFalse(body.contains("Про затвердження Програми соціального захисту ветеранів"),
                "an unpublished draft is not an entry");
        assertTrue(body.contains("Земельні відносини") && body.contains("Електронний документ"), "field and medium");
        assertTrue(body.contains("href=\"/api/v1/documents/accounting-system.csv\""), "the export is linked");
        assertEquals(404, http.get("/documents/orders/2026/112-%D0%BA").statusCode());

        String orders = http.get("/accounting-system?year=2026&kind=head_order").body();
        assertTrue(orders.contains(RESTRICTED) && !orders.contains("2101-VIII"), "filtered by kind");
        assertFalse(http.get("/accounting-system?year=2025").body().contains(RESTRICTED), "filtered by year");
        HttpResponse<String> bad = http.get("/accounting-system?year=20x6&kind=nonsense&page=abc");
        assertEquals(200, bad.statusCode(), "bad filters are shown beside their fields");
        assertTrue(bad.body().contains("filter-year-error") && bad.body().contains("filter-kind-error"), bad.body());
        assertTrue(bad.body().contains(RESTRICTED), "and left out");
        assertEquals(404, http.get("/accounting-system?page=99").statusCode());

        String english = http.get("/en/accounting-system").body();
        assertTrue(english.contains("<html lang=\"en\"") && english.contains("Public information accounting system")
                && english.contains("href=\"/en/documents/council-decisions/2026/2101-VIII\""), english);
        assertTrue(http.get("/sitemap.xml").body().contains("/accounting-system"));
    }

    @Test
    @Order(6)
    void theExportHasStableColumnsAndTheSameEntriesAsThePage() throws Exception {
        HttpResponse<String> csv = http.get("/api/v1/documents/accounting-system.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertEquals("id,title,kind,kindName,number,createdDate,receivedDate,source,field,keywords,medium,mediumName,"
                + "restrictionBasis,restrictedUntil,storage,url", lines[0]);
        String restrictedRow = List.of(lines).stream().filter(l -> l.contains(RESTRICTED)).findFirst().orElseThrow();
        assertTrue(restrictedRow.contains(",112-к,2026-07-20,,Сектор кадрової роботи,Кадрові питання,"), restrictedRow);
        assertTrue(restrictedRow.endsWith(",2101-07-20,Оригінал — сектор кадрової роботи (справа розпоряджень"
                + " міського голови з кадрових питань),"), "no url: " + restrictedRow);
        assertFalse(csv.body().contains("ветеранів"), "unpublished drafts are not entries");
        JsonNode json = Http.json(http.get("/api/v1/documents/accounting-system.json"));
        assertEquals(lines.length - 1, json.size(), "the same rows in both");
        assertEquals("id", json.get(0).fieldNames().next());
    }

    @Test
    @Order(7)
    void theArticle15ChecksAreCompliantWithThePageAndStaleWhileEntriesLackTheirFields() throws Exception {
        // The entries the tests above added lack fields: fill them all in first.
        for (JsonNode d : Http.json(http.as(editor).get("/api/v1/documents?size=100")).get("items")) {
            if (d.get("field").asText().isEmpty() || d.get("keywords").asText().isEmpty()
                    || d.get("storage").asText().isEmpty()) {
                assertEquals(204, http.as(editor).delete("/api/v1/documents/" + d.get("id").asLong()).statusCode());
            }
        }
        JsonNode checks = checks();
        for (String item : List.of("1.5", "1.11.8")) {
            JsonNode result = DisclosureContract.item(checks, item);
            assertEquals("compliant", result.get("status").asText(), result.toString());
            assertTrue(DisclosureContract.evidence(result).contains("\"url\":\"/accounting-system\""), result.toString());
            assertTrue(DisclosureContract.evidence(result).contains("accounting-system.csv"), result.toString());
        }
        assertTrue(http.get("/access-to-information").body().contains("href=\"/accounting-system\""),
                "the Article 15 page links the system");

        long bare = create(order("С-1", "Про затвердження положення про архів")).get("id").asLong();
        JsonNode stale = DisclosureContract.item(checks(), "1.5");
        assertEquals("stale", stale.get("status").asText(), stale.toString());
        assertTrue(DisclosureContract.evidence(stale).contains("/console/documents/" + bare), stale.toString());
        assertFalse(http.get("/access-to-information").body().contains("/console/"), "no console links for the public");
        assertEquals(200, http.as(editor).putJson("/api/v1/documents/" + bare, order("С-1",
                "Про затвердження положення про архів").put("field", "Діловодство").put("keywords", "архів")
                .put("storage", "Загальний відділ").toString()).statusCode());
        assertEquals("compliant", DisclosureContract.item(checks(), "1.11.8").get("status").asText());
    }

    @Test
    @Order(8)
    void anEmptyRegisterHasNoAccountingSystem() throws Exception {
        JsonNode all;
        while ((all = Http.json(http.as(editor).get("/api/v1/documents?size=100"))).get("total").asInt() > 0) {
            for (JsonNode d : all.get("items")) {
                assertEquals(204, http.as(editor).delete("/api/v1/documents/" + d.get("id").asLong()).statusCode());
            }
        }
        JsonNode missing = DisclosureContract.item(checks(), "1.5");
        assertEquals("missing", missing.get("status").asText(), missing.toString());
        assertTrue(missing.get("advice").get("uk").asText().contains("Зареєструйте"), missing.toString());
        HttpResponse<String> page = http.get("/accounting-system");
        assertEquals(200, page.statusCode(), "the page is there, empty");
        assertTrue(page.body().contains("У системі обліку ще немає записів"), page.body());
        assertEquals("id,title,kind,kindName,number,createdDate,receivedDate,source,field,keywords,medium,mediumName,"
                + "restrictionBasis,restrictedUntil,storage,url", http.get("/api/v1/documents/accounting-system.csv")
                .body().strip());
    }
}
