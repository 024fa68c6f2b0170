package org.hromada.distribution;

import static org.hromada.distribution.PlatformContract.assertProblem;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
                "HROMADA_REQUESTS_RATE_LIMIT", String.valueOf(RATE_LIMIT));
    }

    @AfterAll
    void stopSmtp() {
        smtp.close();
    }

    static ObjectNode publicRequest(String email) {
        return Http.JSON.createObjectNode().put("name", "Олена Коваль").put("email", email)
                .put("description", "Кошторис капітального ремонту ліцею № 2 на 2026 рік");
    }

    static ObjectNode staffRequest(String channel, String email, Instant receivedAt) {
        return publicRequest(email).put("channel", channel).put("receivedAt", receivedAt.toString())
                .put("department", "Відділ освіти").put("assignee", "halyna");
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
        return http.get("/api/v1/requests/track?number=" + encoded(number) + "&code=" + encoded(code));
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
        assertProblem(http.get("/api/v1/requests/track?number=" + encoded(number)), 400);

        long id = idOf(number);
        assertEquals("in_progress", transitionOk(id, action("start")).get("status").asText());
        JsonNode answered = transitionOk(id, action("answer").put("answer", "Кошторис на 3 сторінках у додатку.").put("pages", 3));
        assertEquals("answered", answered.get("status").asText());
        assertEquals(true, answered.get("onTime").asBoolean());
        assertEquals(0, answered.get("answer").get("fee").decimalValue().signum(), "no tariff: free");

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
        assertProblem(http.get("/api/v1/requests/statistics"), 401);

        JsonNode overdue = Http.json(http.as(editor).get("/api/v1/requests?overdue=true"));
        assertTrue(overdue.get("total").asInt() >= 1, "the request received two weeks ago and never answered");
        overdue.get("items").forEach(item -> assertTrue(item.get("overdue").asBoolean(), item.toString()));
        JsonNode byPost = Http.json(http.as(editor).get("/api/v1/requests?channel=post&status=refused"));
        assertEquals(1, byPost.get("total").asInt(), byPost.toString());
        assertProblem(http.as(editor).get("/api/v1/requests/statistics?year=later"), 400);
    }

    @Test
    @Order(100)
    void thePublicFormIsRateLimitedPerAddress() throws Exception {
        HttpResponse<String> response = null;
        for (int i = 0; i <= RATE_LIMIT; i++) {
            response = http.postJson("/api/v1/requests", publicRequest("many@example.org").toString());
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
