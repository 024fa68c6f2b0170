package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/**
 * The public request form and the tracking page as a visitor uses them, in a real browser: errors beside
 * the fields, the receipt with the number and the code, following the request with them, a wrong code.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestFormInBrowserIT {
    private HromadaServer server;
    private Browser session;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        server = HromadaServer.create(null, Map.of("HROMADA_DEMO", "true")).start();
        session = Browser.open();
        browser = session.driver();
    }

    @AfterAll
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
        if (server != null) {
            server.close();
        }
    }

    /** A field by its id, which is its name ({@code By.name("description")} would find the meta tag). */
    private WebElement field(String name) {
        return browser.findElement(By.id(name));
    }

    private void assertErrorBeside(String name) {
        WebElement input = field(name);
        assertEquals("true", input.getDomAttribute("aria-invalid"), name);
        String describedBy = input.getDomAttribute("aria-describedby");
        assertTrue(describedBy != null && describedBy.contains(name + "-error"), name + ": " + describedBy);
        assertTrue(browser.findElement(By.id(name + "-error")).isDisplayed(), name);
    }

    private void send(String formSelector) {
        session.press(browser.findElement(By.cssSelector(formSelector + " button[type=submit]")));
    }

    @Test
    void aVisitorSendsARequestAndFollowsItWithTheNumberAndTheCode() {
        browser.get(server.uri("/").toString());
        session.press(browser.findElement(By.linkText("Запит на інформацію")));
        assertTrue(browser.getCurrentUrl().endsWith("/request-information"), browser.getCurrentUrl());
        assertEquals("Запит на публічну інформацію", browser.findElement(By.cssSelector("main h1")).getText());
        assertFalse(field("website").isDisplayed(), "the honeypot is out of sight");

        send("form.request-form");
        assertErrorBeside("name");
        assertErrorBeside("email");
        assertErrorBeside("description");
        assertTrue(browser.findElement(By.cssSelector("[role=alert]")).getText().contains("виправте"));

        field("name").sendKeys("Олена Петренко");
        field("description").sendKeys("Рішення про бюджет громади на 2026 рік з додатками");
        send("form.request-form");
        assertEquals("Олена Петренко", field("name").getDomProperty("value"), "the values stay");
        assertFalse("true".equals(field("name").getDomAttribute("aria-invalid")));
        assertErrorBeside("email");

        field("email").sendKeys("olena@example.org");
        field("urgent").click();
        new Select(field("urgencyGround")).selectByValue("environment");
        field("urgencyJustification").sendKeys("Викид на очисних спорудах");
        send("form.request-form");
        assertEquals("Запит отримано", browser.findElement(By.cssSelector("main h1")).getText());
        String number = browser.findElement(By.id("request-number")).getText();
        String code = browser.findElement(By.id("tracking-code")).getText();
        assertTrue(number.matches("\\S+"), number);
        assertTrue(code.length() >= 8, code);
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("електронну пошту"));

        session.press(browser.findElement(By.linkText("Перевірити стан запиту")));
        field("number").sendKeys(number);
        field("code").sendKeys(code);
        send("form.request-form");
        assertEquals("Зареєстровано", browser.findElement(By.id("request-status")).getText());
        assertEquals(number, browser.findElement(By.id("request-status-title")).getText());
        assertEquals("", field("code").getDomProperty("value"), "the code is never filled back in");

        field("code").sendKeys("WRONG-CODE");
        send("form.request-form");
        String notice = browser.findElement(By.cssSelector("[role=alert]")).getText();
        assertTrue(notice.contains("не знайдено"), notice);
        assertTrue(browser.findElements(By.id("request-status")).isEmpty());
        assertEquals(number, field("number").getDomProperty("value"));
    }

    @Test
    void trackingWithoutTheCodeNamesTheFieldAndTheEnglishPagesWork() {
        browser.get(server.uri("/en/request-information/track").toString());
        field("number").sendKeys("2026-00001");
        send("form.request-form");
        assertErrorBeside("code");
        assertEquals(List.of(), browser.findElements(By.id("number-error")));

        browser.get(server.uri("/en/request-information").toString());
        assertEquals("Request for public information", browser.findElement(By.cssSelector("main h1")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getDomAttribute("lang"));
    }

    @Test
    void aRequesterAttachesAScanARefusedFileKeepsTheTextAndTheAnswersFilesAreOnTheTrackingPage() throws Exception {
        Path dir = Files.createTempDirectory("hromada-files");
        Path fake = Files.write(dir.resolve("letter.pdf"), RequestFiles.html());
        Path scan = Files.write(dir.resolve("запит з підписом.png"), RequestFiles.png());
        browser.get(server.uri("/request-information").toString());
        assertEquals("multipart/form-data", browser.findElement(By.cssSelector("form.request-form"))
                .getDomAttribute("enctype"));
        field("name").sendKeys("Ірина Бондар");
        field("email").sendKeys("iryna@example.org");
        field("description").sendKeys("Договори на вивезення сміття за 2026 рік");
        field("files").sendKeys(fake.toString());
        send("form.request-form");
        assertErrorBeside("files");
        assertTrue(field("files-error").getText().contains("не приймається"), field("files-error").getText());
        assertEquals("Ірина Бондар", field("name").getDomProperty("value"), "the text stays");
        assertEquals("Договори на вивезення сміття за 2026 рік", field("description").getDomProperty("value"));

        field("files").sendKeys(scan.toString());
        send("form.request-form");
        assertEquals("Запит отримано", browser.findElement(By.cssSelector("main h1")).getText());
        String number = browser.findElement(By.id("request-number")).getText();
        String code = browser.findElement(By.id("tracking-code")).getText();

        Http http = new Http(server);
        String admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        long id = -1;
        for (JsonNode item : Http.json(http.as(admin).get("/api/v1/requests?size=100")).get("items")) {
            if (item.get("number").asText().equals(number)) {
                id = item.get("id").asLong();
            }
        }
        JsonNode sent = Http.json(http.as(admin).get("/api/v1/requests/" + id + "/attachments"));
        assertEquals("запит з підписом.png", sent.get(0).get("filename").asText(), sent.toString());
        HttpResponse<String> copy = http.as(admin).post("/api/v1/requests/" + id + "/attachments",
                RequestFiles.contentType(), RequestFiles.multipart(Map.of(), List.of(
                        new RequestFiles.Part("file", "договори.pdf", RequestFiles.pdf(3000)))));
        assertEquals(201, copy.statusCode(), copy.body());
        http.as(admin).postJson("/api/v1/requests/" + id + "/transitions", "{\"action\":\"start\"}");
        HttpResponse<String> answered = http.as(admin).postJson("/api/v1/requests/" + id + "/transitions",
                "{\"action\":\"answer\",\"answer\":\"Копії договорів у додатку.\",\"pages\":2}");
        assertEquals(200, answered.statusCode(), answered.body());

        browser.get(server.uri("/request-information/track").toString());
        field("number").sendKeys(number);
        field("code").sendKeys(code);
        send("form.request-form");
        WebElement link = browser.findElement(By.linkText("договори.pdf"));
        String href = link.getDomAttribute("href");
        assertTrue(href.startsWith("/api/v1/requests/downloads/"), href);
        assertFalse(href.contains(code), "the code stays out of addresses");
        assertEquals(200, RequestFiles.download(server, href, null).statusCode());
    }
}
