package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The documents and sessions console sections through the real console, as a browser without
 * JavaScript uses them: the register's editor with a field error and a stale edit, an attachment
 * with its extracted text, a session with an agenda item and its roll-call vote, the deadline list
 * and its dashboard box. The embedded database is enough here; the API ITs cover MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DocumentsConsoleOnEmbeddedDatabaseIT {
    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");
    private static final String TITLE = "Про затвердження Програми благоустрою";

    private HromadaServer server;
    private ConsoleClient console;
    private String document;
    private String session;

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(null).start();
        console = new ConsoleClient(server);
        HttpResponse<String> signedIn = console.signIn("admin", HromadaServer.ADMIN_PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        awaitSections();
    }

    /** The documents bundle's sections appear once its persistence unit is up, which may follow the health check. */
    private void awaitSections() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (console.get("/console/documents").statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        String log = server.console();
        throw new AssertionError("No documents console section after 60 s:\n" + log.substring(Math.max(0, log.length() - 4000)));
    }

    @AfterAll
    void shutDown() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void theEditorShowsABadDateBesideItsFieldAndCreatesTheDocument() throws Exception {
        HttpResponse<String> register = console.get("/console/documents");
        assertEquals(200, register.statusCode(), register.body());
        assertTrue(register.body().contains("Реєстр документів"), register.body());

        Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "executive_decision", "number", "К-17",
                "adoptedOn", "2026-02-30", "title", TITLE, "status", "in_force", "leadTime", "standard"));
        HttpResponse<String> invalid = console.submit("/console/documents/new", "/console/documents/new", fields);
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("id=\"e-adoptedOn\">Вкажіть дату як рррр-мм-дд"), invalid.body());
        assertTrue(invalid.body().contains(TITLE), "what was typed comes back");

        fields.put("adoptedOn", "2026-03-02");
        HttpResponse<String> created = console.submit("/console/documents/new", "/console/documents/new", fields);
        assertEquals(303, created.statusCode(), created.body());
        document = created.headers().firstValue("Location").orElseThrow();
        assertTrue(document.matches("/console/documents/\\d+"), document);
        HttpResponse<String> editor = console.get(document);
        assertEquals(200, editor.statusCode());
        assertTrue(editor.body().contains("Документ створено."), "the flash message");
        assertTrue(editor.body().contains("value=\"" + TITLE + "\""), editor.body());
    }

    @Test
    @Order(2)
    void aStaleEditIsToldAndLosesNothing() throws Exception {
        String version = version(console.get(document).body());
        Map<String, String> fields = new LinkedHashMap<>(Map.of("kind", "executive_decision", "number", "К-17",
                "adoptedOn", "2026-03-02", "title", TITLE + " на 2026 рік", "status", "in_force", "version", version));
        assertEquals(303, console.submit(document, document, fields).statusCode());
        fields.put("title", "Назва, яку не можна загубити");
        HttpResponse<String> stale = console.submit(document, document, fields);
        assertEquals(409, stale.statusCode(), stale.body());
        assertTrue(stale.body().contains("змінив хтось інший"), stale.body());
        assertTrue(stale.body().contains("Назва, яку не можна загубити"), stale.body());
    }

    @Test
    @Order(3)
    void anUploadedPdfIsAttachedWithItsText() throws Exception {
        Path pdf = Path.of(getClass().getResource("/attachments/decision.pdf").toURI());
        HttpResponse<String> uploaded = console.upload(document, document + "/attachments", "file", pdf);
        assertEquals(303, uploaded.statusCode(), uploaded.body());
        HttpResponse<String> editor = console.get(document);
        assertTrue(editor.body().contains("decision.pdf"), editor.body());
        assertTrue(editor.body().contains("Текст витягнуто"), editor.body());
        assertTrue(editor.body().contains("Вкладення додано."), editor.body());
    }

    @Test
    @Order(4)
    void aSessionGetsAnAgendaItemAndItsRollCallVote() throws Exception {
        HttpResponse<String> created = console.submit("/console/sessions/new", "/console/sessions/new", Map.of(
                "bodyKind", "plenary", "bodyName", "Тестова міська рада", "convocation", "8", "number", "3",
                "heldOn", "2026-03-02", "startsAt", "10:00", "status", "held"));
        assertEquals(303, created.statusCode(), created.body());
        session = created.headers().firstValue("Location").orElseThrow();

        String itemForm = session + "/items/new";
        HttpResponse<String> item = console.submit(itemForm, itemForm, Map.of("title", "Про бюджет громади",
                "result", "adopted", "voteHeldAt", "2026-03-02T11:15", "version", version(console.get(itemForm).body())));
        assertEquals(303, item.statusCode(), item.body());
        String votes = item.headers().firstValue("Location").orElseThrow();
        assertTrue(votes.matches(session + "/items/\\d+/votes"), votes);

        HttpResponse<String> saved = console.submit(votes, votes, Map.of("rows", "4",
                "deputy0", "Іваненко Іван", "choice0", "for", "deputy1", "Петренко Петро", "choice1", "for",
                "deputy2", "Сидоренко Сидір", "choice2", "against", "deputy3", ""));
        assertEquals(303, saved.statusCode(), saved.body());
        String sheet = console.get(votes).body();
        assertTrue(sheet.contains("За: <strong>2</strong>"), sheet);
        assertTrue(sheet.contains("Проти: <strong>1</strong>"), sheet);
        assertTrue(sheet.contains("value=\"Сидоренко Сидір\""), sheet);
        assertTrue(console.get(session).body().contains("За: 2, Проти: 1"), "the agenda shows the totals");
    }

    @Test
    @Order(5)
    void theDeadlineListAndItsDashboardBoxShowTheUnpublishedDocument() throws Exception {
        HttpResponse<String> deadlines = console.get("/console/documents/deadlines");
        assertEquals(200, deadlines.statusCode(), deadlines.body());
        assertTrue(deadlines.body().contains("Строки оприлюднення"), deadlines.body());
        assertTrue(deadlines.body().contains("К-17"), "adopted in March and not published: late");
        assertTrue(deadlines.body().contains("Із запізненням"), deadlines.body());
        HttpResponse<String> dashboard = console.get("/console/");
        assertTrue(dashboard.body().contains("Строки оприлюднення документів"), dashboard.body());
    }

    @Test
    @Order(6)
    void consoleWritesAreAuditedAsTheConsoles() throws Exception {
        Http http = new Http(server);
        String admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        JsonNode entries = Http.json(http.as(admin).get("/api/v1/audit?entityType=document&channel=console"))
                .get("items");
        assertTrue(entries.size() >= 3, entries.toString()); // created, updated, attachment added
        assertEquals("console", entries.get(0).get("channel").asText());
        assertEquals(1, Http.json(http.as(admin).get("/api/v1/audit?entityType=session&channel=console&action=session.votes"))
                .get("items").size());
    }

    private static String version(String page) {
        Matcher m = VERSION.matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }
}
