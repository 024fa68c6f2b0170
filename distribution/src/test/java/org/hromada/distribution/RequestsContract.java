package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.mail.internet.MimeMessage;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The register of information requests against a real server and a real SMTP server: the public
 * submits and follows a request, staff register and handle requests, every outcome reaches the
 * requester by e-mail, a mail server that is down loses nothing, the public form is rate-limited
 * and has a honeypot. The rate-limit test runs last, since it uses up this address's allowance.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class RequestsContract extends ServerWithEditors {
    static final int RATE_LIMIT = 10;
    static final Duration MAIL_WAIT = Duration.ofSeconds(20);
    static final int MAX_FILE = 300_000;
    static final int MAIL_LIMIT = 150_000;
    static final int PUBLIC_MAX_FILE = 100_000;
    static final String FEE_PER_PAGE = "2.50";
    static final String PAYMENT_DETAILS = "Отримувач: Хмарівська сільська рада, IBAN UA213223130000026007233566001,"
            + " призначення: відшкодування витрат на копіювання";
    final LocalSmtp smtp = startSmtp();

    private static LocalSmtp startSmtp() {
        try {
            return new LocalSmtp();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    Map<String, String> environment() {
        return Map.of("HROMADA_MAIL_HOST", "127.0.0.1", "HROMADA_MAIL_PORT", String.valueOf(smtp.port()),
                "HROMADA_MAIL_FROM", "rada@khmarivka.example", "HROMADA_MAIL_RETRY_SECONDS", "1",
                "HROMADA_REQUESTS_RATE_LIMIT", String.valueOf(RATE_LIMIT),
                "HROMADA_REQUESTS_ATTACHMENTS_MAX_BYTES", String.valueOf(MAX_FILE),
                "HROMADA_REQUESTS_ATTACHMENTS_MAIL_MAX_BYTES", String.valueOf(MAIL_LIMIT),
                "HROMADA_REQUESTS_ATTACHMENTS_PUBLIC_MAX_BYTES", String.valueOf(PUBLIC_MAX_FILE),
                "HROMADA_REQUESTS_FEE_PER_PAGE", FEE_PER_PAGE);
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    static ObjectNode publicRequest(String email) {
        return Http.JSON.createObjectNode().put("name", "Олена Коваль").put("email", email)
                .put("description", "Кошторис капітального ремонту ліцею № 2 на 2026 рік");
    }

    /** A request staff register, with what its channel calls for: a letter's date and signature, or who wrote a call down. */
    static ObjectNode staffRequest(String channel, String email, Instant receivedAt) {
        ObjectNode request = publicRequest(email).put("channel", channel).put("receivedAt", receivedAt.toString())
                .put("department", "Відділ освіти").put("assignee", "halyna");
        switch (channel) {
            case "post", "fax" -> request.put("signed", true)
                    .put("writtenOn", LocalDate.ofInstant(receivedAt, ZoneId.of("Europe/Kyiv")).minusDays(2).toString());
            case "in_person" -> request.put("form", "written").put("signed", true);
            case "phone" -> request.put("recordedBy", "Галина Іваненко").put("recordedByPhone", "+380 44 123 45 67");
            default -> {
            }
        }
        return request;
    }

    JsonNode submit(ObjectNode request) throws Exception {
        HttpResponse<String> response = http.postJson("/api/v1/requests", request.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    JsonNode register(ObjectNode request) throws Exception {
        HttpResponse<String> response = http.as(editor).postJson("/api/v1/requests", request.toString());
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    HttpResponse<String> transition(long id, ObjectNode body) throws Exception {
        return http.as(editor).postJson("/api/v1/requests/" + id + "/transitions", body.toString());
    }

    JsonNode transitionOk(long id, ObjectNode body) throws Exception {
        HttpResponse<String> response = transition(id, body);
        assertEquals(200, response.statusCode(), response.body());
        return Http.json(response);
    }

    static ObjectNode action(String action) {
        return Http.JSON.createObjectNode().put("action", action);
    }

    HttpResponse<String> track(String number, String code) throws Exception {
        return http.postJson("/api/v1/requests/track",
                Http.JSON.createObjectNode().put("number", number).put("code", code).toString());
    }

    long idOf(String number) throws Exception {
        for (JsonNode item : Http.json(http.as(editor).get("/api/v1/requests?size=100")).get("items")) {
            if (item.get("number").asText().equals(number)) {
                return item.get("id").asLong();
            }
        }
        throw new AssertionError("No request " + number + " in the staff list");
    }

    static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    static Instant daysAgo(int days) {
        return Instant.now().minus(Duration.ofDays(days));
    }

    @Test
    @Order(1)
    void theRequesterIsConfirmedByEmailFollowsTheRequestAndReceivesTheAnswer() throws Exception {
        JsonNode registered = submit(publicRequest("olena@example.org"));
        String number = registered.get("number").asText();
        String code = registered.get("trackingCode").asText();
        assertTrue(number.matches("З-\\d{4}-\\d{4}"), number);
        assertTrue(!registered.hasNonNull("id"), "the public does not learn internal ids");
        assertEquals(LocalDate.now(ZoneId.of("Europe/Kyiv")).getYear(), Integer.parseInt(number.substring(2, 6)));

        MimeMessage confirmation = smtp.await("olena@example.org", number, MAIL_WAIT);
        String text = LocalSmtp.body(confirmation);
        assertTrue(text.indexOf("зареєстровано") < text.indexOf("registered"), "Ukrainian first: " + text);
        assertTrue(!text.contains(code), "the code is shown once, never mailed");

        HttpResponse<String> followed = track(number, code);
        assertEquals(200, followed.statusCode(), followed.body());
        assertEquals("registered", Http.json(followed).get("status").asText());
        assertEquals(registered.get("dueOn").asText(), Http.json(followed).get("dueOn").asText());
        assertTrue(followed.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
        assertTrue(!followed.body().contains("olena@example.org"), "no personal data in the tracking view");
        HttpResponse<String> typedLoosely = track(number, code.toLowerCase().replace("-", ""));
        assertEquals(200, typedLoosely.statusCode());

        HttpResponse<String> wrongCode = track(number, "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF-GG");
        HttpResponse<String> wrongNumber = track("З-2001-0001", code);
        assertProblem(wrongCode, 404);
        assertProblem(wrongNumber, 404);
        assertEquals(Http.json(wrongCode).get("detail"), Http.json(wrongNumber).get("detail"), "which part is wrong is not told");
        assertProblem(http.postJson("/api/v1/requests/track",
                Http.JSON.createObjectNode().put("number", number).toString()), 400);
        assertProblem(http.get("/api/v1/requests/track?number=" + encoded(number) + "&code=" + encoded(code)), 405);

        long id = idOf(number);
        assertEquals("in_progress", transitionOk(id, action("start")).get("status").asText());
        JsonNode answered = transitionOk(id, action("answer").put("answer", "Кошторис на 3 сторінках у додатку.").put("pages", 3));
        assertEquals("answered", answered.get("status").asText());
        assertEquals(true, answered.get("onTime").asBoolean());
        assertEquals(0, answered.get("answer").get("fee").decimalValue().signum(), "10 pages or fewer: free");
        assertTrue(!answered.hasNonNull("fee"), "nothing was charged");

        MimeMessage answer = smtp.await("olena@example.org", "Відповідь на запит № " + number, MAIL_WAIT);
        assertTrue(LocalSmtp.body(answer).contains("Кошторис на 3 сторінках у додатку."));
        JsonNode tracked = Http.json(track(number, code));
        assertEquals("answered", tracked.get("status").asText());
        assertEquals("Кошторис на 3 сторінках у додатку.", tracked.get("answer").asText());

        JsonNode full = Http.json(http.as(editor).get("/api/v1/requests/" + id));
        assertEquals("initial", full.get("deadlineHistory").get(0).get("kind").asText());
        assertEquals("web", full.get("channel").asText());
        assertEquals(2, full.get("notices").size(), full.toString());
    }

    @Test
    @Order(2)
    void staffRegisterAPostedRequestAndARefusalNeedsTheLawsGroundAndElements() throws Exception {
        HttpResponse<String> created = http.as(editor).postJson("/api/v1/requests",
                staffRequest("post", "petro@example.org", daysAgo(1)).toString());
        assertEquals(201, created.statusCode(), created.body());
        JsonNode registered = Http.json(created);
        long id = registered.get("id").asLong();
        assertTrue(created.headers().firstValue("Location").orElse("").endsWith("/api/v1/requests/" + id));
        assertNotNull(registered.get("trackingCode").asText(), "staff pass the code on to the requester");
        assertEquals("post", Http.json(http.as(editor).get("/api/v1/requests/" + id)).get("channel").asText());
        transitionOk(id, action("start"));

        HttpResponse<String> bare = transition(id, action("refuse").put("ground", "busy"));
        assertProblem(bare, 422);
        for (String field : new String[] {"ground", "officialName", "officialPosition", "reason", "appealProcedure", "signature"}) {
            assertTrue(bare.body().contains("\"" + field + "\""), field + " in " + bare.body());
        }
        JsonNode refused = transitionOk(id, action("refuse").put("ground", "not_held")
                .put("officialName", "Петро Петренко").put("officialPosition", "секретар ради")
                .put("reason", "Рада не є замовником ремонту; замовник - обласна адміністрація")
                .put("appealProcedure", "До Уповноваженого Верховної Ради з прав людини або до суду")
                .put("signature", "Петренко"));
        assertEquals("refused", refused.get("status").asText());
        assertTrue(LocalSmtp.body(smtp.await("petro@example.org", "Відмова", MAIL_WAIT)).contains("Петро Петренко, секретар ради"));
        assertProblem(transition(id, action("answer").put("answer", "Так")), 409);
    }

    @Test
    @Order(3)
    void anExtensionNeedsItsNoticeWithinFiveWorkingDaysAndIsRecorded() throws Exception {
        long late = register(staffRequest("email", "iryna@example.org", daysAgo(14))).get("id").asLong();
        HttpResponse<String> refused = transition(late, action("extend").put("reason", "Великий обсяг"));
        assertProblem(refused, 409);
        assertTrue(Http.json(refused).get("detail").asText().contains("within 5 working days"), refused.body());

        long fresh = register(staffRequest("email", "iryna@example.org", daysAgo(0))).get("id").asLong();
        assertProblem(transition(fresh, action("extend")), 422);
        JsonNode extended = transitionOk(fresh, action("extend").put("reason", "Пошук серед 3 000 документів архіву"));
        assertEquals("registered", extended.get("status").asText(), "an extension is an event on the deadline");
        JsonNode history = extended.get("deadlineHistory");
        assertEquals(2, history.size());
        assertEquals("extended", history.get(1).get("kind").asText());
        assertEquals(history.get(1).get("dueAfter").asText(), extended.get("dueOn").asText());
        assertTrue(LocalDate.parse(extended.get("dueOn").asText()).isAfter(LocalDate.parse(history.get(0).get("dueAfter").asText())));
        smtp.await("iryna@example.org", "продовжено", MAIL_WAIT);
        assertProblem(transition(fresh, action("extend").put("reason", "Ще раз")), 409);
    }

    @Test
    @Order(4)
    void forwardingLeavesTheClockAndADeferralRunsToItsDate() throws Exception {
        long forwarded = register(staffRequest("phone", "taras@example.org", daysAgo(0))).get("id").asLong();
        JsonNode moved = transitionOk(forwarded, action("forward").put("holder", "Хмарівська районна військова адміністрація"));
        assertEquals("forwarded", moved.get("status").asText());
        assertTrue(!moved.hasNonNull("dueOn"));
        assertEquals("forwarded", moved.get("deadlineHistory").get(1).get("kind").asText());
        assertTrue(LocalSmtp.body(smtp.await("taras@example.org", "направлено", MAIL_WAIT))
                .contains("Хмарівська районна військова адміністрація"));

        long deferred = register(staffRequest("fax", "taras@example.org", daysAgo(0))).get("id").asLong();
        transitionOk(deferred, action("start"));
        String until = LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(10).toString();
        assertProblem(transition(deferred, action("defer").put("until", until)), 422);
        JsonNode put = transitionOk(deferred, action("defer").put("officialName", "Петро Петренко")
                .put("officialPosition", "секретар ради").put("reason", "Пошкодження будівлі архіву внаслідок обстрілу")
                .put("until", until).put("appealProcedure", "До суду").put("signature", "Петренко"));
        assertEquals("deferred", put.get("status").asText());
        assertEquals(until, put.get("dueOn").asText());
        smtp.await("taras@example.org", "Відстрочка", MAIL_WAIT);
    }

    @Test
    @Order(5)
    void everyInvalidSubmissionIsAProblem() throws Exception {
        HttpResponse<String> empty = http.postJson("/api/v1/requests", "{}");
        assertProblem(empty, 422);
        for (String field : new String[] {"name", "email", "description"}) {
            assertTrue(empty.body().contains("\"" + field + "\""), empty.body());
        }
        assertProblem(http.postJson("/api/v1/requests", "{\"name\": "), 400);
        assertProblem(http.postJson("/api/v1/requests", publicRequest("o@example.org").put("description", "я".repeat(5001))
                .toString()), 422);

        assertProblem(http.get("/api/v1/requests"), 401);
        assertProblem(http.as(author).get("/api/v1/requests"), 403);
        assertProblem(http.as(author).postJson("/api/v1/requests", staffRequest("post", "a@example.org", daysAgo(0)).toString()), 403);
        assertProblem(http.as(editor).postJson("/api/v1/requests", publicRequest("a@example.org").toString()), 422);
        assertProblem(http.as(editor).get("/api/v1/requests/987654321"), 404);
        assertProblem(http.as(editor).get("/api/v1/requests?status=lost"), 400);
        assertProblem(transition(987654321L, action("start")), 404);
        long id = register(staffRequest("in_person", null, daysAgo(0)).put("postalAddress", "вул. Миру, 1")).get("id").asLong();
        assertProblem(transition(id, action("close")), 422);
        assertProblem(transition(id, action("answer").put("answer", "Так")), 409);
        assertProblem(http.as(editor).putJson("/api/v1/requests/" + id, "{\"name\": \"\"}"), 422);
        JsonNode edited = Http.json(http.as(editor).putJson("/api/v1/requests/" + id,
                staffRequest("in_person", "new@example.org", daysAgo(0)).put("urgent", true)
                        .put("urgencyGround", "emergency").put("urgencyJustification", "Підтоплення підвалу школи").toString()));
        assertEquals(true, edited.get("urgent").asBoolean());
        assertEquals("urgency", edited.get("deadlineHistory").get(1).get("kind").asText());
        assertEquals("in_person", edited.get("channel").asText(), "the channel stays");
    }

    @Test
    @Order(6)
    void aFilledHoneypotIsAcceptedAndDropped() throws Exception {
        long before = Http.json(http.as(editor).get("/api/v1/requests")).get("total").asLong();
        HttpResponse<String> bot = http.postJson("/api/v1/requests",
                publicRequest("bot@example.org").put("website", "https://spam.example").toString());
        assertEquals(202, bot.statusCode(), bot.body());
        assertEquals(before, Http.json(http.as(editor).get("/api/v1/requests")).get("total").asLong());
    }

    @Test
    @Order(7)
    void aMailServerThatIsDownLosesNothingAndTheOutboxTriesAgain() throws Exception {
        smtp.stop();
        JsonNode registered;
        try {
            registered = submit(publicRequest("down@example.org"));
            long id = idOf(registered.get("number").asText());
            JsonNode notice = null;
            for (int i = 0; i < 100 && (notice == null || notice.get("attempts").asInt() == 0); i++) {
                Thread.sleep(100);
                notice = Http.json(http.as(editor).get("/api/v1/requests/" + id)).get("notices").get(0);
            }
            assertTrue(notice.get("attempts").asInt() >= 1, notice.toString());
            assertTrue(!notice.hasNonNull("sentAt"));
            assertTrue(!notice.get("lastError").asText().isEmpty());
        } finally {
            smtp.start();
        }
        smtp.await("down@example.org", registered.get("number").asText(), Duration.ofSeconds(40));
    }

    @Test
    @Order(8)
    void theYearsFiguresAsJsonAndCsv() throws Exception {
        int year = LocalDate.now(ZoneId.of("Europe/Kyiv")).getYear();
        JsonNode figures = Http.json(http.as(editor).get("/api/v1/requests/statistics?year=" + year));
        JsonNode total = figures.get("total");
        assertTrue(total.get("received").asInt() >= 8, figures.toString());
        assertTrue(total.get("answeredOnTime").asInt() >= 1);
        assertTrue(total.get("refused").asInt() >= 1);
        assertTrue(total.get("extended").asInt() >= 1);
        assertTrue(total.get("forwarded").asInt() >= 1);
        assertTrue(figures.get("byChannel").get("web").get("received").asInt() >= 2);
        assertEquals(12, figures.get("byMonth").size());
        HttpResponse<String> csv = http.as(editor).get("/api/v1/requests/statistics.csv?year=" + year);
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("year,dimension,key,received,answered_on_time,answered_late"), csv.body());
        assertTrue(csv.body().contains(year + ",channel,post,"), csv.body());
        HttpResponse<String> open = http.get("/api/v1/requests/statistics.csv?year=" + year);
        assertEquals(200, open.statusCode(), "open data, without signing in");
        assertEquals(csv.body(), open.body());
        assertEquals(total.get("received").asInt(),
                Http.json(http.get("/api/v1/requests/statistics")).get("total").get("received").asInt());

        HttpResponse<String> report = http.get("/request-information/report?year=" + year);
        assertEquals(200, report.statusCode());
        assertTrue(report.body().contains("У " + year + " році отримано запитів: " + total.get("received").asInt()
                + ". Надано відповідь у строк: " + total.get("answeredOnTime").asInt()), report.body());
        assertTrue(report.body().contains("href=\"/api/v1/requests/statistics.csv?year=" + year + "\""));
        HttpResponse<String> badYear = http.get("/en/request-information/report?year=3000");
        assertEquals(200, badYear.statusCode(), "this year instead, the field marked");
        assertTrue(badYear.body().contains("aria-invalid=\"true\"") && badYear.body().contains("Requests received in "
                + year), badYear.body());
        assertTrue(http.get("/request-information").body().contains("href=\"/request-information/report\""),
                "linked from the form page");

        JsonNode overdue = Http.json(http.as(editor).get("/api/v1/requests?overdue=true"));
        assertTrue(overdue.get("total").asInt() >= 1, "the request received two weeks ago and never answered");
        overdue.get("items").forEach(item -> assertTrue(item.get("overdue").asBoolean(), item.toString()));
        JsonNode byPost = Http.json(http.as(editor).get("/api/v1/requests?channel=post&status=refused"));
        assertEquals(1, byPost.get("total").asInt(), byPost.toString());
        assertProblem(http.as(editor).get("/api/v1/requests/statistics?year=later"), 400);
    }

    HttpResponse<String> attach(String token, long id, String filename, byte[] bytes) throws Exception {
        return http.as(token).post("/api/v1/requests/" + id + "/attachments", RequestFiles.contentType(),
                RequestFiles.multipart(Map.of(), List.of(new RequestFiles.Part("file", filename, bytes))));
    }

    JsonNode attachOk(long id, String filename, byte[] bytes) throws Exception {
        HttpResponse<String> response = attach(editor, id, filename, bytes);
        assertEquals(201, response.statusCode(), response.body());
        return Http.json(response);
    }

    @Test
    @Order(9)
    void staffAttachCopiesToTheAnswerWhichReachTheRequesterByEmailAndThroughTheTrackingLinks() throws Exception {
        JsonNode registered = register(staffRequest("email", "files@example.org", daysAgo(0)));
        long id = registered.get("id").asLong();
        String number = registered.get("number").asText();
        String code = registered.get("trackingCode").asText();
        byte[] pdf = RequestFiles.pdf(20_000);

        JsonNode copy = attachOk(id, "Кошторис ліцею.pdf", pdf);
        assertEquals("answer", copy.get("kind").asText());
        assertEquals("application/pdf", copy.get("mediaType").asText());
        assertEquals(pdf.length, copy.get("size").asInt());
        HttpResponse<String> raw = http.as(editor).post("/api/v1/requests/" + id + "/attachments?filename=scan.png",
                "application/octet-stream", RequestFiles.png());
        assertEquals(201, raw.statusCode(), raw.body());
        long scan = Http.json(raw).get("id").asLong();

        HttpResponse<String> exe = attach(editor, id, "invoice.pdf", ("MZ" + "\0".repeat(100)).getBytes(StandardCharsets.ISO_8859_1));
        assertProblem(exe, 422);
        assertTrue(exe.body().contains("\"file\"") && exe.body().contains("accepted types"), exe.body());
        assertProblem(attach(editor, id, "page.pdf", RequestFiles.html()), 422);
        assertProblem(attach(editor, id, "big.pdf", RequestFiles.pdf(MAX_FILE + 10)), 413);
        assertProblem(attach(author, id, "x.pdf", pdf), 403);
        assertProblem(http.get("/api/v1/requests/" + id + "/attachments"), 401);
        assertProblem(attach(editor, 987654321L, "x.pdf", pdf), 404);

        JsonNode listed = Http.json(http.as(editor).get("/api/v1/requests/" + id + "/attachments"));
        assertEquals(2, listed.size(), listed.toString());
        assertEquals(204, http.as(editor).delete("/api/v1/requests/" + id + "/attachments/" + scan).statusCode());
        assertEquals(1, Http.json(http.as(editor).get("/api/v1/requests/" + id + "/attachments")).size());
        HttpResponse<byte[]> staffCopy = RequestFiles.download(server, "/api/v1/requests/" + id + "/attachments/"
                + copy.get("id").asLong(), editor);
        assertEquals(200, staffCopy.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, staffCopy.body()));
        assertEquals(0, Http.json(track(number, code)).get("attachments").size(), "nothing to download before the answer");

        transitionOk(id, action("start"));
        transitionOk(id, action("answer").put("answer", "Копію кошторису додано.").put("pages", 3));
        MimeMessage answer = smtp.await("files@example.org", "Відповідь на запит № " + number, MAIL_WAIT);
        assertTrue(RequestFiles.text(answer).contains("До листа додано файли відповіді"), RequestFiles.text(answer));
        List<RequestFiles.Part> mailed = RequestFiles.attachments(answer);
        assertEquals(1, mailed.size());
        assertEquals("Кошторис ліцею.pdf", mailed.get(0).filename());
        assertTrue(java.util.Arrays.equals(pdf, mailed.get(0).bytes()));
        assertProblem(attach(editor, id, "late.pdf", pdf), 409);
        assertProblem(http.as(editor).delete("/api/v1/requests/" + id + "/attachments/" + copy.get("id").asLong()), 409);

        HttpResponse<String> followed = track(number, code);
        JsonNode files = Http.json(followed).get("attachments");
        assertEquals(1, files.size(), followed.body());
        assertEquals("Кошторис ліцею.pdf", files.get(0).get("filename").asText());
        String url = files.get(0).get("downloadUrl").asText();
        assertTrue(url.startsWith("/api/v1/requests/downloads/") && !url.contains(code.substring(0, 9)), url);
        HttpResponse<byte[]> downloaded = RequestFiles.download(server, url, null);
        assertEquals(200, downloaded.statusCode());
        assertTrue(java.util.Arrays.equals(pdf, downloaded.body()));
        assertTrue(downloaded.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
        assertEquals("nosniff", downloaded.headers().firstValue("X-Content-Type-Options").orElse(""));
        String altered = url.substring(0, url.length() - 2) + (url.endsWith("A") ? "BB" : "AA");
        assertEquals(404, RequestFiles.download(server, altered, null).statusCode());
        assertEquals(404, RequestFiles.download(server, "/api/v1/requests/downloads/" + copy.get("id").asLong(), null)
                .statusCode(), "an id alone is no link");
    }

    @Test
    @Order(10)
    void filesTooLargeTogetherForEmailAreNamedAndDownloadedFromTheTrackingPage() throws Exception {
        JsonNode registered = register(staffRequest("email", "large@example.org", daysAgo(0)));
        long id = registered.get("id").asLong();
        attachOk(id, "частина 1.pdf", RequestFiles.pdf(MAIL_LIMIT / 2 + 1000));
        attachOk(id, "частина 2.pdf", RequestFiles.pdf(MAIL_LIMIT / 2 + 1000));
        transitionOk(id, action("start"));
        transitionOk(id, action("answer").put("answer", "Копії великі.").put("pages", 2));
        MimeMessage answer = smtp.await("large@example.org", "Відповідь на запит № " + registered.get("number").asText(),
                MAIL_WAIT);
        assertEquals(0, RequestFiles.attachments(answer).size());
        String text = RequestFiles.text(answer);
        assertTrue(text.contains("завеликі") && text.contains("частина 2.pdf"), text);
        assertEquals(2, Http.json(track(registered.get("number").asText(), registered.get("trackingCode").asText()))
                .get("attachments").size());
    }

    @Test
    @Order(11)
    void anAnswerWithFilesWaitsInTheOutboxWhileTheMailServerIsDown() throws Exception {
        JsonNode registered = register(staffRequest("email", "down-files@example.org", daysAgo(0)));
        long id = registered.get("id").asLong();
        byte[] pdf = RequestFiles.pdf(5_000);
        attachOk(id, "copy.pdf", pdf);
        transitionOk(id, action("start"));
        smtp.stop();
        try {
            transitionOk(id, action("answer").put("answer", "Копія в додатку.").put("pages", 1));
            JsonNode notice = null;
            for (int i = 0; i < 100 && (notice == null || notice.get("attempts").asInt() == 0); i++) {
                Thread.sleep(100);
                for (JsonNode n : Http.json(http.as(editor).get("/api/v1/requests/" + id)).get("notices")) {
                    if ("answered".equals(n.get("kind").asText())) {
                        notice = n;
                    }
                }
            }
            assertNotNull(notice);
            assertTrue(notice.get("attempts").asInt() >= 1, notice.toString());
            assertTrue(!notice.hasNonNull("sentAt"));
        } finally {
            smtp.start();
        }
        MimeMessage answer = smtp.await("down-files@example.org", "Відповідь на запит № " + registered.get("number").asText(),
                Duration.ofSeconds(40));
        assertEquals("copy.pdf", RequestFiles.attachments(answer).get(0).filename());
    }

    @Test
    @Order(12)
    void theRequesterMaySendFilesWithTheRequestEachCheckedLikeStaffs() throws Exception {
        Map<String, String> fields = Map.of("name", "Олена Коваль", "email", "scan@example.org",
                "description", "Копія рішення про бюджет на 2026 рік");
        HttpResponse<String> sent = http.post("/api/v1/requests", RequestFiles.contentType(), RequestFiles.multipart(
                fields, List.of(new RequestFiles.Part("files", "запит з підписом.png", RequestFiles.png()))));
        assertEquals(201, sent.statusCode(), sent.body());
        long id = idOf(Http.json(sent).get("number").asText());
        JsonNode files = Http.json(http.as(editor).get("/api/v1/requests/" + id + "/attachments"));
        assertEquals(1, files.size());
        assertEquals("requester", files.get(0).get("kind").asText());
        assertEquals("image/png", files.get(0).get("mediaType").asText());
        assertProblem(http.as(editor).delete("/api/v1/requests/" + id + "/attachments/" + files.get(0).get("id").asLong()), 409);

        HttpResponse<String> bad = http.post("/api/v1/requests", RequestFiles.contentType(), RequestFiles.multipart(
                Map.of("email", "scan@example.org", "description", "Копія"),
                List.of(new RequestFiles.Part("files", "letter.pdf", RequestFiles.html()))));
        assertProblem(bad, 422);
        assertTrue(bad.body().contains("\"files\"") && bad.body().contains("letter.pdf"), bad.body());
        assertTrue(bad.body().contains("\"name\""), "the fields' errors come at once: " + bad.body());
        HttpResponse<String> large = http.post("/api/v1/requests", RequestFiles.contentType(), RequestFiles.multipart(
                fields, List.of(new RequestFiles.Part("files", "big.pdf", RequestFiles.pdf(PUBLIC_MAX_FILE + 10)))));
        assertProblem(large, 422);
        assertTrue(large.body().contains("larger than the limit"), large.body());
        List<RequestFiles.Part> many = java.util.Collections.nCopies(4, new RequestFiles.Part("files", "p.png",
                RequestFiles.png()));
        HttpResponse<String> tooMany = http.post("/api/v1/requests", RequestFiles.contentType(),
                RequestFiles.multipart(fields, many));
        assertProblem(tooMany, 422);
        assertTrue(tooMany.body().contains("at most 3"), tooMany.body());
        assertProblem(http.post("/api/v1/requests", RequestFiles.contentType(), ("--" + RequestFiles.BOUNDARY
                + "\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nOlena").getBytes(StandardCharsets.UTF_8)), 400);
    }

    /** The section of a page with this id, up to its end. */
    static String section(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertTrue(start >= 0, id + ": " + html);
        return html.substring(start, html.indexOf("</section>", start));
    }

    /** Items 1.4 and 1.11.7 of Article 15 after a run of the checks. */
    JsonNode procedureItem(String item) throws Exception {
        HttpResponse<String> ran = http.as(editor).postJson("/api/v1/disclosure/checks/run", "");
        assertEquals(200, ran.statusCode(), ran.body());
        return DisclosureContract.item(Http.json(ran), item);
    }

    @Test
    @Order(16)
    void whereToSendRequestsIsPublishedAndMakesTheArticle15ProcedureCompliant() throws Exception {
        assertProblem(http.get("/api/v1/requests/office"), 404);
        for (String item : new String[] {"1.4", "1.11.7"}) {
            JsonNode missing = procedureItem(item);
            assertEquals("missing", missing.get("status").asText(), missing.toString());
            assertTrue(missing.get("evidence").toString().contains("/console/requests/office"), missing.toString());
            assertTrue(missing.get("advice").get("en").asText().contains("/console/requests/office"), missing.toString());
        }
        String access = http.get("/access-to-information").body();
        assertFalse(access.contains("/console/"), "the public page hides console evidence");
        String requestsSection = section(access, "requests");
        assertFalse(requestsSection.contains("href=\"/request-information\""), "no links while missing");
        assertTrue(http.get("/request-information").body().contains("поштою, електронною поштою або принести"),
                "nothing set: the general sentence");

        ObjectNode office = Http.JSON.createObjectNode().put("unitName", "Загальний відділ")
                .put("postalAddress", "вул. Соборна, 1, м. Хмарівка, 00000").put("email", "zapyt@khmarivka.example")
                .put("phone", "+380 00 000 15 19").put("hours", "Пн–Чт 9:00–18:00, Пт 9:00–16:45")
                .put("hoursEn", "Mon–Thu 9:00–18:00, Fri 9:00–16:45");
        assertProblem(http.putJson("/api/v1/requests/office", office.toString()), 401);
        assertProblem(http.as(author).putJson("/api/v1/requests/office", office.toString()), 403);
        assertProblem(http.as(editor).putJson("/api/v1/requests/office", "{\"email\": "), 400);
        HttpResponse<String> invalid = http.as(editor).putJson("/api/v1/requests/office", Http.JSON.createObjectNode()
                .put("email", "zapyt@khmarivka").put("phone", "дзвоніть").put("unitName", "я".repeat(301)).toString());
        assertProblem(invalid, 422);
        for (String field : new String[] {"postalAddress", "email", "phone", "unitName"}) {
            assertTrue(invalid.body().contains("\"field\":\"" + field + "\""), field + ": " + invalid.body());
        }
        assertProblem(http.get("/api/v1/requests/office"), 404);

        HttpResponse<String> saved = http.as(editor).putJson("/api/v1/requests/office", office.toString());
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("halyna", Http.json(saved).get("updatedBy").asText());
        JsonNode publicly = Http.json(http.get("/api/v1/requests/office"));
        assertEquals("zapyt@khmarivka.example", publicly.get("email").asText(), publicly.toString());
        assertFalse(publicly.has("updatedBy"), "staff usernames are not for the public");
        assertFalse(publicly.has("postalAddressEn"), "unset fields are left out");
        assertEquals(200, http.as(admin).putJson("/api/v1/requests/office",
                office.put("postalAddress", "вул. Соборна, 2, м. Хмарівка, 00000").toString()).statusCode());

        JsonNode audit = Http.json(http.as(admin).get("/api/v1/audit?entityType=request_office"));
        assertEquals(2, audit.get("total").asInt(), audit.toString());
        JsonNode update = audit.get("items").get(0);
        assertEquals("request_office.update", update.get("action").asText());
        assertEquals("вул. Соборна, 2, м. Хмарівка, 00000", update.get("after").get("postalAddress").asText());
        assertFalse(update.get("after").has("email"), "only what changed: " + update);
        assertEquals("request_office.create", audit.get("items").get(1).get("action").asText());

        String form = http.get("/request-information").body();
        assertTrue(form.contains("вул. Соборна, 2, м. Хмарівка, 00000"), "the form page shows the address: " + form);
        assertTrue(form.contains("<a href=\"mailto:zapyt@khmarivka.example\">"), form);
        assertFalse(form.contains("поштою, електронною поштою або принести"), "the general sentence is gone");
        assertTrue(http.get("/en/request-information").body().contains("Mon–Thu 9:00–18:00"), "English where set");
        assertTrue(http.get("/request-information/track").body().contains("tel:+380000001519"), "the tracking page");
        JsonNode rechecked = null;
        for (int i = 0; i < 150; i++) { // the save asks the disclosure bundle to run its checks again in 3 s
            rechecked = DisclosureContract.item(Http.json(http.get("/api/v1/disclosure/checks")), "1.4");
            if ("compliant".equals(rechecked.get("status").asText())) {
                break;
            }
            Thread.sleep(100);
        }
        assertEquals("compliant", rechecked.get("status").asText(), "without a manual run: " + rechecked);
        for (String item : new String[] {"1.4", "1.11.7"}) {
            JsonNode compliant = procedureItem(item);
            assertEquals("compliant", compliant.get("status").asText(), compliant.toString());
            assertTrue(compliant.toString().contains("/request-information/track"), compliant.toString());
        }
        assertTrue(section(http.get("/access-to-information").body(), "requests").contains(
                "href=\"/request-information\""), "the disclosure page links the form again");
    }

    @Test
    @Order(13)
    void copiesOverTenPagesAreChargedByEmailPaidAndThenGiven() throws Exception {
        JsonNode registered = register(staffRequest("email", "fee@example.org", daysAgo(0)));
        long id = registered.get("id").asLong();
        String number = registered.get("number").asText();
        String code = registered.get("trackingCode").asText();
        assertProblem(transition(id, action("charge").put("pages", 30).put("paymentDetails", PAYMENT_DETAILS)), 409);
        transitionOk(id, action("start"));

        HttpResponse<String> unpaid = transition(id, action("answer").put("answer", "Копії на 30 сторінках.").put("pages", 30));
        assertProblem(unpaid, 409);
        assertTrue(Http.json(unpaid).get("detail").asText().contains("charge"), unpaid.body());
        HttpResponse<String> refusedUnpaid = transition(id, refusal("unpaid"));
        assertProblem(refusedUnpaid, 422);
        assertTrue(refusedUnpaid.body().contains("\"ground\""), refusedUnpaid.body());
        for (ObjectNode free : List.of(action("charge").put("pages", 10).put("paymentDetails", PAYMENT_DETAILS),
                action("charge").put("pages", 30).put("feeWaived", true).put("paymentDetails", PAYMENT_DETAILS))) {
            HttpResponse<String> none = transition(id, free);
            assertProblem(none, 422);
            assertTrue(none.body().contains("\"pages\"") && none.body().contains("no fee is due"), none.body());
        }
        HttpResponse<String> bare = transition(id, action("charge"));
        assertProblem(bare, 422);
        assertTrue(bare.body().contains("\"pages\"") && bare.body().contains("\"paymentDetails\""), bare.body());

        JsonNode charged = transitionOk(id, action("charge").put("pages", 30).put("paymentDetails", PAYMENT_DETAILS));
        assertEquals("awaiting_payment", charged.get("status").asText());
        JsonNode fee = charged.get("fee");
        assertEquals(0, new java.math.BigDecimal("50.00").compareTo(fee.get("amount").decimalValue()), "20 pages at 2.50");
        assertEquals(30, fee.get("pages").asInt());
        assertEquals(PAYMENT_DETAILS, fee.get("paymentDetails").asText());
        assertEquals(false, fee.get("paid").asBoolean());
        assertTrue(fee.hasNonNull("chargedAt"));
        assertEquals("charged", charged.get("deadlineHistory").get(1).get("kind").asText());
        assertEquals(charged.get("dueOn").asText(), registered.get("dueOn").asText(), "the deadline runs on");
        String mail = LocalSmtp.body(smtp.await("fee@example.org", "Рахунок за копії", MAIL_WAIT));
        assertTrue(mail.contains("50.00 грн") && mail.contains("30 сторінок") && mail.contains("UA213223130000026007233566001")
                && mail.contains("UAH 50.00"), mail);
        JsonNode tracked = Http.json(track(number, code));
        assertEquals("awaiting_payment", tracked.get("status").asText());
        assertEquals(PAYMENT_DETAILS, tracked.get("payment").get("paymentDetails").asText());
        assertEquals(false, tracked.get("payment").get("paid").asBoolean());
        JsonNode awaiting = Http.json(http.as(editor).get("/api/v1/requests?status=awaiting_payment"));
        assertTrue(awaiting.get("total").asInt() >= 1, awaiting.toString());

        assertProblem(transition(id, action("answer").put("answer", "Так")), 409);
        String tomorrow = LocalDate.now(ZoneId.of("Europe/Kyiv")).plusDays(1).toString();
        HttpResponse<String> future = transition(id, action("paid").put("paidOn", tomorrow));
        assertProblem(future, 422);
        assertTrue(future.body().contains("\"paidOn\""), future.body());
        String yesterday = LocalDate.now(ZoneId.of("Europe/Kyiv")).minusDays(1).toString();
        assertProblem(transition(id, action("paid").put("paidOn", yesterday)), 422);
        JsonNode paid = transitionOk(id, action("paid").put("paymentReference", "ПН-2026-117"));
        assertEquals("in_progress", paid.get("status").asText());
        assertEquals(true, paid.get("fee").get("paid").asBoolean());
        assertEquals(LocalDate.now(ZoneId.of("Europe/Kyiv")).toString(), paid.get("fee").get("paidOn").asText());
        assertEquals("ПН-2026-117", paid.get("fee").get("paymentReference").asText());
        assertProblem(transition(id, action("paid")), 409);

        JsonNode answered = transitionOk(id, action("answer").put("answer", "Копії на 30 сторінках надіслано поштою."));
        assertEquals("answered", answered.get("status").asText());
        assertEquals(30, answered.get("answer").get("pages").asInt(), "the pages charged for");
        assertEquals(0, new java.math.BigDecimal("50.00").compareTo(answered.get("answer").get("fee").decimalValue()));
        assertTrue(LocalSmtp.body(smtp.await("fee@example.org", "Відповідь на запит № " + number, MAIL_WAIT))
                .contains("50.00 грн) отримано"));
        JsonNode done = Http.json(track(number, code));
        assertEquals(true, done.get("payment").get("paid").asBoolean());
        int year = LocalDate.now(ZoneId.of("Europe/Kyiv")).getYear();
        JsonNode figures = Http.json(http.as(editor).get("/api/v1/requests/statistics?year=" + year)).get("total");
        assertTrue(figures.get("charged").asInt() >= 1 && figures.get("paid").asInt() >= 1, figures.toString());
        assertTrue(http.as(editor).get("/api/v1/requests/statistics.csv?year=" + year).body()
                .startsWith("year,dimension,key,received,answered_on_time,answered_late,refused,deferred,extended,"
                        + "forwarded,open,overdue,charged,paid"));
    }

    static ObjectNode refusal(String ground) {
        return action("refuse").put("ground", ground).put("officialName", "Петро Петренко")
                .put("officialPosition", "секретар ради").put("reason", "Рахунок за копії не оплачено")
                .put("appealProcedure", "До суду").put("signature", "Петренко");
    }

    @Test
    @Order(14)
    void aRequestAwaitingPaymentIsOpenAndOverdueAndMayBeRefusedAsUnpaid() throws Exception {
        long id = register(staffRequest("post", "late-fee@example.org", daysAgo(14))).get("id").asLong();
        transitionOk(id, action("start"));
        transitionOk(id, action("charge").put("pages", 12).put("paymentDetails", PAYMENT_DETAILS));
        JsonNode overdue = Http.json(http.as(editor).get("/api/v1/requests?overdue=true&status=awaiting_payment"));
        assertTrue(overdue.get("total").asInt() >= 1, overdue.toString());
        overdue.get("items").forEach(item -> assertTrue(item.get("overdue").asBoolean(), item.toString()));
        HttpResponse<String> incomplete = transition(id, refusal("unpaid").without("officialName"));
        assertProblem(incomplete, 422);
        assertTrue(incomplete.body().contains("\"officialName\""), "the other elements stay required: " + incomplete.body());
        JsonNode refused = transitionOk(id, refusal("unpaid"));
        assertEquals("refused", refused.get("status").asText());
        assertEquals("unpaid", refused.get("refusal").get("ground").asText());
        assertTrue(LocalSmtp.body(smtp.await("late-fee@example.org", "Відмова", MAIL_WAIT)).contains("не оплатила"));
    }

    @Test
    @Order(15)
    void writtenRequestsKeepTheirDateAndSignatureAndOralOnesWhoWroteThemDown() throws Exception {
        String receivedDay = LocalDate.ofInstant(daysAgo(1), ZoneId.of("Europe/Kyiv")).toString();
        long letter = register(staffRequest("post", "letter@example.org", daysAgo(1)).put("writtenOn", receivedDay)
                .put("signed", false)).get("id").asLong();
        JsonNode posted = Http.json(http.as(editor).get("/api/v1/requests/" + letter));
        assertEquals("written", posted.get("form").asText());
        assertEquals(receivedDay, posted.get("writtenOn").asText());
        assertEquals(false, posted.get("signed").asBoolean());
        transitionOk(letter, action("start"));
        assertEquals("refused", transitionOk(letter, refusal("incomplete").put("reason", "Запит не підписано"))
                .get("status").asText());

        JsonNode call = Http.json(http.as(editor).get("/api/v1/requests/"
                + register(staffRequest("phone", "call@example.org", daysAgo(0))).get("id").asLong()));
        assertEquals("oral", call.get("form").asText());
        assertEquals("Галина Іваненко", call.get("recordedBy").asText());
        assertEquals("+380 44 123 45 67", call.get("recordedByPhone").asText());
        assertTrue(!call.hasNonNull("signed"));

        JsonNode spoken = Http.json(http.as(editor).get("/api/v1/requests/" + register(staffRequest("in_person",
                "oral@example.org", daysAgo(0)).put("form", "oral").put("recordedBy", "Галина Іваненко")
                .put("recordedByPhone", "0441234567")).get("id").asLong()));
        assertEquals("oral", spoken.get("form").asText());

        Map<String, ObjectNode> wrong = new java.util.LinkedHashMap<>();
        wrong.put("recordedBy", staffRequest("phone", "x@example.org", daysAgo(0)).put("recordedBy", " "));
        wrong.put("recordedByPhone", staffRequest("phone", "x@example.org", daysAgo(0)).put("recordedByPhone", "дзвоніть"));
        wrong.put("form", staffRequest("in_person", "x@example.org", daysAgo(0)).put("form", "telepathy"));
        wrong.put("signed", staffRequest("fax", "x@example.org", daysAgo(0)).putNull("signed"));
        wrong.put("writtenOn", staffRequest("post", "x@example.org", daysAgo(3)).put("writtenOn",
                LocalDate.now(ZoneId.of("Europe/Kyiv")).toString()));
        ObjectNode notADate = staffRequest("post", "x@example.org", daysAgo(0)).put("writtenOn", "вчора");
        for (Map.Entry<String, ObjectNode> e : wrong.entrySet()) {
            HttpResponse<String> refused = http.as(editor).postJson("/api/v1/requests", e.getValue().toString());
            assertProblem(refused, 422);
            assertTrue(refused.body().contains("\"" + e.getKey() + "\""), e.getKey() + ": " + refused.body());
        }
        assertProblem(http.as(editor).postJson("/api/v1/requests", notADate.toString()), 422);
        JsonNode fromPublic = submit(publicRequest("web@example.org").put("recordedBy", "ніхто").put("signed", false));
        JsonNode web = Http.json(http.as(editor).get("/api/v1/requests/" + idOf(fromPublic.get("number").asText())));
        assertTrue(!web.hasNonNull("form") && !web.hasNonNull("recordedBy") && !web.hasNonNull("signed"), web.toString());
    }

    @Test
    @Order(99)
    void theSameRequestSentTwiceIsRegisteredOnceAndTheSecondAnswerRepeatsTheFirst() throws Exception {
        long before = Http.json(http.as(editor).get("/api/v1/requests")).get("total").asLong();
        ObjectNode twice = publicRequest("twice@example.org").put("description", "Договори на ремонт доріг у 2026 році");
        JsonNode first = submit(twice);
        JsonNode second = submit(twice);
        assertEquals(first.get("number"), second.get("number"), "a double click is one request");
        assertEquals(first.get("trackingCode"), second.get("trackingCode"), "whichever answer the person saw, its code works");
        assertEquals(before + 1, Http.json(http.as(editor).get("/api/v1/requests")).get("total").asLong());
        assertEquals(200, track(second.get("number").asText(), second.get("trackingCode").asText()).statusCode());
        JsonNode other = submit(twice.deepCopy().put("description", "Договори на ремонт тротуарів у 2026 році"));
        assertFalse(other.get("number").equals(first.get("number")), "a different request is a new one");
    }

    @Test
    @Order(100)
    void thePublicFormIsRateLimitedPerAddress() throws Exception {
        HttpResponse<String> response = null;
        for (int i = 0; i <= RATE_LIMIT; i++) {
            response = http.postJson("/api/v1/requests", publicRequest("many@example.org")
                    .put("description", "Кошторис ремонту ліцею № " + i).toString());
            if (response.statusCode() == 429) {
                break;
            }
            assertEquals(201, response.statusCode(), response.body());
        }
        assertProblem(response, 429);
        assertTrue(Integer.parseInt(response.headers().firstValue("Retry-After").orElseThrow()) > 0);
        assertEquals(201, http.as(editor).postJson("/api/v1/requests",
                staffRequest("post", "many@example.org", daysAgo(0)).toString()).statusCode(), "staff are not limited");
    }
}
