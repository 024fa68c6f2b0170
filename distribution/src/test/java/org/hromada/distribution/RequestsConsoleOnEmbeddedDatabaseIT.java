package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
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
 * The requests console section through the real console, as a browser without JavaScript uses it: a
 * request received by post registered through the form (after a field error), its tracking code shown
 * once, started with an assignment, answered, counted in the statistics, and shown on the dashboard
 * while open. Mail is left unconfigured: the notices wait in the outbox. The API ITs cover MariaDB.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RequestsConsoleOnEmbeddedDatabaseIT {
    private static final Pattern CODE = Pattern.compile("<strong>([A-Z2-7]{4}(?:-[A-Z2-7]{1,4})+)</strong>");
    private static final Pattern NUMBER = Pattern.compile("З-\\d{4}-\\d{4}");
    private static final String DESCRIPTION = "Копії рішень про бюджет громади на 2026 рік";

    private HromadaServer server;
    private ConsoleClient console;
    private String request;
    private String number;

    @BeforeAll
    void boot() throws Exception {
        server = HromadaServer.create(null, Map.of("HROMADA_REQUESTS_FEE_PER_PAGE", "2.50")).start();
        console = new ConsoleClient(server);
        HttpResponse<String> signedIn = console.signIn("admin", HromadaServer.ADMIN_PASSWORD);
        assertEquals(303, signedIn.statusCode(), signedIn.body());
        awaitSection();
    }

    /** The requests bundle's section appears once its persistence unit is up, which may follow the health check. */
    private void awaitSection() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            if (console.get("/console/requests").statusCode() == 200) {
                return;
            }
            Thread.sleep(200);
        }
        String log = server.console();
        throw new AssertionError("No requests console section after 60 s:\n" + log.substring(Math.max(0, log.length() - 4000)));
    }

    @AfterAll
    void shutDown() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Order(1)
    void aRequestReceivedByPostIsRegisteredAndItsCodeShownOnce() throws Exception {
        HttpResponse<String> register = console.get("/console/requests");
        assertEquals(200, register.statusCode(), register.body());
        assertTrue(register.body().contains("Реєстр запитів на інформацію"), register.body());

        String receivedAt = LocalDateTime.now(ZoneId.of("Europe/Kyiv")).minusHours(2)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("channel", "post", "receivedAt", receivedAt,
                "name", "Олена Коваль", "postalAddress", "вул. Шевченка, 1, Хмарівка"));
        HttpResponse<String> invalid = console.submit("/console/requests/new", "/console/requests/new", fields);
        assertEquals(422, invalid.statusCode(), invalid.body());
        assertTrue(invalid.body().contains("id=\"e-description\">Заповніть це поле."), invalid.body());
        assertTrue(invalid.body().contains("вул. Шевченка, 1, Хмарівка"), "what was typed comes back");

        fields.put("description", DESCRIPTION);
        HttpResponse<String> registered = console.submit("/console/requests/new", "/console/requests/new", fields);
        assertEquals(200, registered.statusCode(), registered.body());
        assertTrue(registered.body().contains("Запит зареєстровано"), registered.body());
        Matcher code = CODE.matcher(registered.body());
        assertTrue(code.find(), "the tracking code: " + registered.body());
        Matcher n = NUMBER.matcher(registered.body());
        assertTrue(n.find(), registered.body());
        number = n.group();
        Matcher link = Pattern.compile("href=\"(/console/requests/\\d+)\"").matcher(registered.body());
        assertTrue(link.find(), registered.body());
        request = link.group(1);

        HttpResponse<String> page = console.get(request);
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains(DESCRIPTION), page.body());
        assertTrue(page.body().contains("Пошта"), "the channel: " + page.body());
        assertTrue(page.body().contains("Початковий строк"), "the history: " + page.body());
        assertFalse(page.body().contains(code.group(1)), "the code is shown once only");
        assertFalse(page.body().contains(request + "/answer"), "a registered request is started first");

        HttpResponse<String> followed = new Http(server).postJson("/api/v1/requests/track",
                Http.JSON.createObjectNode().put("number", number).put("code", code.group(1)).toString());
        assertEquals(200, followed.statusCode(), "the code works for the requester: " + followed.body());

        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("hromada-console-files");
        java.nio.file.Path copy = java.nio.file.Files.write(dir.resolve("budget.pdf"), RequestFiles.pdf(2000));
        HttpResponse<String> attached = console.upload(request, request + "/attachments", "file", copy);
        assertTrue(attached.statusCode() == 303 || attached.statusCode() == 302, attached.statusCode() + attached.body());
        HttpResponse<String> withFile = console.get(request);
        assertTrue(withFile.body().contains("budget.pdf") && withFile.body().contains("/attachments/"), withFile.body());
        java.nio.file.Path fake = java.nio.file.Files.write(dir.resolve("fake.pdf"), RequestFiles.html());
        HttpResponse<String> refused = console.upload(request, request + "/attachments", "file", fake);
        assertEquals(422, refused.statusCode(), refused.body());
        assertTrue(refused.body().contains("id=\"e-file\""), refused.body());
    }

    @Test
    @Order(2)
    void startedWithAnAssignmentItIsOnTheDashboard() throws Exception {
        HttpResponse<String> started = console.submit(request + "/start", request + "/start",
                Map.of("department", "Фінансовий відділ", "assignee", "Петренко П."));
        assertEquals(303, started.statusCode(), started.body());
        String page = console.get(request).body();
        assertTrue(page.contains("Запит узято в роботу."), "the flash message: " + page);
        assertTrue(page.contains("Опрацьовується"), page);
        assertTrue(page.contains("Фінансовий відділ") && page.contains("Петренко П."), page);
        assertTrue(page.contains(request + "/answer"), page);

        HttpResponse<String> dashboard = console.get("/console/");
        assertTrue(dashboard.body().contains("Відкритих запитів: 1"), dashboard.body());
        assertTrue(dashboard.body().contains("href=\"" + request + "\""), "the most urgent one: " + dashboard.body());
        String list = console.get("/console/requests?department=" + URLEncoder.encode("Фінансовий відділ",
                StandardCharsets.UTF_8) + "&q=" + URLEncoder.encode("бюджет",
                StandardCharsets.UTF_8)).body();
        assertTrue(list.contains(number), "found by department and words: " + list);
        assertFalse(console.get("/console/requests?q=nothing-like-it").body().contains(number));
    }

    @Test
    @Order(3)
    void answeredItIsCountedInTheStatistics() throws Exception {
        HttpResponse<String> answered = console.submit(request + "/answer", request + "/answer",
                Map.of("answer", "Копії рішень надсилаємо поштою.", "pages", "4"));
        assertEquals(303, answered.statusCode(), answered.body());
        String page = console.get(request).body();
        assertTrue(page.contains("Відповідь збережено."), page);
        assertTrue(page.contains("Надано відповідь"), page);
        assertTrue(page.contains("Копії рішень надсилаємо поштою."), page);
        assertFalse(page.contains(request + "/refuse"), "no action after the answer");
        HttpResponse<String> again = console.submit(request, request + "/refuse", Map.of("ground", "not_held"));
        assertEquals(409, again.statusCode(), again.body());
        assertTrue(again.body().contains("не допускає цієї дії"), again.body());

        HttpResponse<String> stats = console.get("/console/requests/statistics");
        assertEquals(200, stats.statusCode(), stats.body());
        assertTrue(Pattern.compile("Усі запити</th>\\s*<td>1</td><td>1</td><td>0</td>").matcher(stats.body()).find(),
                "received 1, answered on time 1, late 0: " + stats.body());
        HttpResponse<String> csv = console.get("/console/requests/statistics.csv");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().contains("channel,post,1,1,0"), csv.body());
    }

    @Test
    @Order(4)
    void consoleWritesAreAuditedAsTheConsoles() throws Exception {
        Http http = new Http(server);
        String admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        JsonNode entries = Http.json(http.as(admin).get("/api/v1/audit?entityType=request&channel=console")).get("items");
        assertTrue(entries.size() >= 4, entries.toString()); // created, assigned, started, answered
        assertEquals("console", entries.get(0).get("channel").asText());
    }

    @Test
    @Order(5)
    void aCallIsWrittenDownAndItsCopiesChargedAndPaidThroughTheForms() throws Exception {
        String receivedAt = LocalDateTime.now(ZoneId.of("Europe/Kyiv")).minusHours(1)
                .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("channel", "phone", "receivedAt", receivedAt,
                "name", "Тарас Мельник", "phone", "+380 67 000 00 00", "description", "Копії всіх рішень сесії за 2025 рік"));
        HttpResponse<String> unrecorded = console.submit("/console/requests/new", "/console/requests/new", fields);
        assertEquals(422, unrecorded.statusCode(), unrecorded.body());
        assertTrue(unrecorded.body().contains("id=\"e-recordedBy\""), unrecorded.body());
        fields.put("recordedBy", "Галина Іваненко");
        fields.put("recordedByPhone", "+380 44 123 45 67");
        HttpResponse<String> registered = console.submit("/console/requests/new", "/console/requests/new", fields);
        assertEquals(200, registered.statusCode(), registered.body());
        Matcher link = Pattern.compile("href=\"(/console/requests/\\d+)\"").matcher(registered.body());
        assertTrue(link.find(), registered.body());
        String call = link.group(1);
        String page = console.get(call).body();
        assertTrue(page.contains("Усний") && page.contains("Галина Іваненко, +380 44 123 45 67"), page);
        assertFalse(page.contains(call + "/charge"), "charged only once started");
        assertEquals(303, console.submit(call + "/start", call + "/start", Map.of("department", "", "assignee", ""))
                .statusCode());
        assertTrue(console.get(call).body().contains(call + "/charge"));

        HttpResponse<String> free = console.submit(call + "/charge", call + "/charge",
                Map.of("pages", "8", "paymentDetails", "IBAN UA00"));
        assertEquals(422, free.statusCode(), free.body());
        assertTrue(free.body().contains("id=\"e-pages\">Плата не потрібна"), free.body());
        HttpResponse<String> charged = console.submit(call + "/charge", call + "/charge",
                Map.of("pages", "24", "paymentDetails", "IBAN UA213223130000026007233566001"));
        assertEquals(303, charged.statusCode(), charged.body());
        page = console.get(call).body();
        assertTrue(page.contains("Очікує оплати копій") && page.contains("35.00") && page.contains("Ще не оплачено"), page);
        assertTrue(page.contains(call + "/paid") && !page.contains(call + "/answer"), page);
        HttpResponse<String> early = console.submit(call + "/paid", call + "/paid",
                Map.of("paidOn", LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(2).toString()));
        assertEquals(422, early.statusCode(), early.body());
        assertTrue(early.body().contains("id=\"e-paidOn\""), early.body());
        assertEquals(303, console.submit(call + "/paid", call + "/paid", Map.of("paymentReference", "ПН-5")).statusCode());
        page = console.get(call).body();
        assertTrue(page.contains("Оплату зафіксовано") && page.contains("ПН-5") && page.contains(call + "/answer"), page);
        assertEquals(303, console.submit(call + "/answer", call + "/answer",
                Map.of("answer", "Копії надіслано поштою.", "pages", "24")).statusCode());
        assertTrue(console.get(call).body().contains("Надано відповідь"));
    }

    @Test
    @Order(6)
    void whereToSendRequestsIsSetInTheConsoleWithErrorsBesideTheFields() throws Exception {
        assertTrue(console.get("/console/requests").body().contains("href=\"/console/requests/office\""),
                "linked from the register");
        HttpResponse<String> page = console.get("/console/requests/office");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Куди надсилати запити"), page.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("postalAddress", "");
        fields.put("email", "zapyt@");
        fields.put("phone", "дзвоніть");
        HttpResponse<String> invalid = console.submit("/console/requests/office", "/console/requests/office", fields);
        assertEquals(422, invalid.statusCode(), invalid.body());
        for (String field : new String[] {"postalAddress", "email", "phone"}) {
            assertTrue(invalid.body().contains("id=\"e-" + field + "\""), field + ": " + invalid.body());
        }
        assertTrue(invalid.body().contains("value=\"zapyt@\""), "what was typed stays");
        fields.put("postalAddress", "вул. Соборна, 1, м. Хмарівка");
        fields.put("email", "zapyt@khmarivka.example");
        fields.put("phone", "+380 00 000 15 19");
        fields.put("hours", "Пн–Пт 9:00–18:00");
        HttpResponse<String> saved = console.submit("/console/requests/office", "/console/requests/office", fields);
        assertEquals(303, saved.statusCode(), saved.body());
        HttpResponse<String> after = console.get("/console/requests/office");
        assertTrue(after.body().contains("Збережено: сайт показує, куди надсилати запити."), "the notice: " + after.body());
        assertTrue(after.body().contains("вул. Соборна, 1, м. Хмарівка</textarea>"), after.body());
        String form = new Http(server).get("/request-information").body();
        assertTrue(form.contains("href=\"mailto:zapyt@khmarivka.example\""), "the public page follows the console: " + form);
        assertTrue(form.contains("href=\"tel:+380000001519\""), form);
    }
}
