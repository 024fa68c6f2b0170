package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An author and an editor at work in the console, in a real browser: sign in, write a news item
 * in the rich-text editor with a cover image uploaded through the picker, submit it, publish it,
 * see it on the public site, restore an earlier revision, and have a form without its CSRF token
 * refused. The console pages pass axe-core's WCAG 2.1 AA rules on the way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleInBrowserIT {
    private static final String AUTHOR = "taras";
    private static final String AUTHOR_PASSWORD = "taras-Password-1";
    private static final String EDITOR = "olena";
    private static final String EDITOR_PASSWORD = "olena-Password-1";
    private static final String TITLE = "Ремонт мосту через Рось завершено";
    private static final String NEW_TITLE = "Міст через Рось відкрито після ремонту";
    private static final Pattern ITEM_URL = Pattern.compile(".*/console/news/(\\d+)$");

    private HromadaServer server;
    private Http http;
    private Browser session;
    private ChromeDriver browser;
    private long itemId;
    private final List<String> accessibility = new ArrayList<>();

    @BeforeAll
    void start() throws Exception {
        server = HromadaServer.create(null).start();
        http = new Http(server);
        String admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        for (String[] user : new String[][] {{AUTHOR, AUTHOR_PASSWORD, "author"}, {EDITOR, EDITOR_PASSWORD, "editor"}}) {
            HttpResponse<String> created = http.as(admin).postJson("/api/v1/users", "{\"username\":\"" + user[0]
                    + "\",\"password\":\"" + user[1] + "\",\"roles\":[\"" + user[2] + "\"]}");
            assertEquals(201, created.statusCode(), created.body());
        }
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

    @Test
    @Order(1)
    void anAuthorWritesANewsItemWithACoverImageAndSubmitsIt() throws Exception {
        signIn(AUTHOR, AUTHOR_PASSWORD);
        checkAccessibility("dashboard");

        open("/console/news/new");
        waitFor("return !!(window.tinymce && tinymce.get('f-body') && tinymce.get('f-body').initialized)",
                "the rich-text editor starts");
        checkAccessibility("news editor");
        browser.findElement(By.name("title")).sendKeys(TITLE);
        browser.findElement(By.name("summary")).sendKeys("Рух мостом відновлено.");
        ((JavascriptExecutor) browser).executeScript(
                "tinymce.get('f-body').setContent(arguments[0])", "<p>Підрядник <strong>завершив</strong> роботи.</p>");
        press(browser.findElement(By.cssSelector("#item-form button.primary")));
        Matcher id = ITEM_URL.matcher(browser.getCurrentUrl());
        assertTrue(id.matches(), "saved and shown for editing: " + browser.getCurrentUrl() + "\n" + text());
        itemId = Long.parseLong(id.group(1));

        open("/console/news/media?kind=image&for=" + itemId);
        checkAccessibility("media picker");
        browser.findElement(By.cssSelector("input[type=file][name=file]")).sendKeys(picture().toString());
        browser.findElement(By.name("alt")).sendKeys("Відремонтований міст через Рось");
        press(browser.findElement(By.cssSelector("form[enctype='multipart/form-data'] button[type=submit]")));
        WebElement useIt = browser.findElement(By.cssSelector("button[name=coverId]"));
        press(useIt);
        assertTrue(ITEM_URL.matcher(browser.getCurrentUrl()).matches(), browser.getCurrentUrl());
        assertFalse(browser.findElement(By.name("coverId")).getDomProperty("value").isEmpty(), "the cover is chosen");

        step("submit");
        JsonNode item = item();
        assertEquals("in_review", item.get("status").asText(), item.toString());
        assertTrue(item.get("body").asText().contains("<strong>завершив</strong>"), "the rich text is kept");
        assertFalse(item.get("coverId").isNull(), item.toString());
        assertTrue(item.path("url").isNull() || item.path("url").isMissingNode(), "no public address yet");
        assertEquals(404, http.get("/news/" + item.get("slug").asText()).statusCode(), "not public yet");
        signOut();
    }

    @Test
    @Order(2)
    void anEditorPublishesItAndThePublicSeesIt() throws Exception {
        signIn(EDITOR, EDITOR_PASSWORD);
        open("/console/");
        assertTrue(browser.getPageSource().contains(TITLE), "the dashboard lists the item in review");
        open("/console/news");
        checkAccessibility("news list");
        press(browser.findElement(By.linkText(TITLE)));
        step("publish");

        browser.get(server.uri(publicPathOf(item())).toString());
        assertEquals(TITLE, browser.findElement(By.cssSelector("main h1")).getText());
        WebElement cover = browser.findElement(By.cssSelector("main img[alt='Відремонтований міст через Рось']"));
        assertTrue(cover.getDomAttribute("src").startsWith("/media/"), cover.getDomAttribute("src"));
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("завершив"));
    }

    @Test
    @Order(3)
    void anEditorRestoresAnEarlierRevision() throws Exception {
        open("/console/news/" + itemId);
        WebElement title = browser.findElement(By.name("title"));
        title.clear();
        title.sendKeys(NEW_TITLE);
        press(browser.findElement(By.cssSelector("#item-form button.primary")));
        assertEquals(NEW_TITLE, item().get("title").asText());
        String path = publicPathOf(item());
        browser.get(server.uri(path).toString());
        assertEquals(NEW_TITLE, browser.findElement(By.cssSelector("main h1")).getText());

        open("/console/news/" + itemId + "/revisions");
        checkAccessibility("revisions");
        int latest = latestRevision();
        open("/console/news/" + itemId + "/revisions/" + (latest - 1) + "?against=current");
        assertTrue(browser.getPageSource().contains(NEW_TITLE) && browser.getPageSource().contains(TITLE),
                "the diff shows both titles");
        open("/console/news/" + itemId + "/revisions/" + (latest - 1) + "/restore");
        press(browser.findElement(By.cssSelector("main form button[type=submit]")));

        assertEquals(TITLE, item().get("title").asText(), "the earlier wording is back");
        browser.get(server.uri(publicPathOf(item())).toString());
        assertEquals(TITLE, browser.findElement(By.cssSelector("main h1")).getText(), "and public at once");
    }

    @Test
    @Order(4)
    void aFormWithoutItsCsrfTokenIsRefused() throws Exception {
        open("/console/news/" + itemId);
        ((JavascriptExecutor) browser).executeScript(
                "document.querySelectorAll('#item-form input[name=_csrf]').forEach(e => e.remove())");
        WebElement title = browser.findElement(By.name("title"));
        title.clear();
        title.sendKeys("Підроблена зміна");
        press(browser.findElement(By.cssSelector("#item-form button.primary")));
        assertTrue(browser.findElements(By.id("item-form")).isEmpty(), "an error page, not the form: " + text());
        assertEquals(TITLE, item().get("title").asText(), "nothing was changed");
    }

    @Test
    @Order(5)
    void theAdministrationPagesAreCheckedToo() throws Exception {
        signIn("admin", HromadaServer.ADMIN_PASSWORD);
        String request = "/console/requests/" + registeredRequest();
        for (String path : List.of("/console/users", "/console/users/new", "/console/tokens", "/console/tokens/new",
                "/console/audit", "/console/bundles", "/console/bundles/install", "/console/media",
                "/console/media/upload", "/console/account", "/console/pages", "/console/documents",
                "/console/documents/new", "/console/documents/deadlines", "/console/sessions", "/console/sessions/new",
                "/console/disclosure", "/console/disclosure/1.7", "/console/requests", "/console/requests/new",
                "/console/requests/office", request, request + "/start", request + "/extend", "/console/requests/statistics")) {
            open(path);
            assertFalse(browser.getCurrentUrl().contains("/sign-in"), path);
            checkAccessibility(path);
        }
        open("/console/audit");
        assertTrue(browser.getPageSource().contains("news.publish"), "the editor's publishing is in the audit log");

        for (int width : new int[] {768, 320}) {
            browser.manage().window().setSize(new org.openqa.selenium.Dimension(width, 900));
            for (String path : List.of("/console/", "/console/news", "/console/news/" + itemId, "/console/users",
                    "/console/audit", "/console/documents", "/console/documents/new", "/console/sessions/new",
                    "/console/disclosure", "/console/disclosure/1.7", "/console/requests", "/console/requests/new",
                    "/console/requests/office", request, "/console/requests/statistics")) {
                open(path);
                Object overflow = ((JavascriptExecutor) browser).executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertTrue(((Number) overflow).intValue() <= 0, path + " scrolls sideways at " + width + " px");
            }
        }
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 900));
    }

    @Test
    @Order(6)
    void theConsolePagesMeetWcag21AA() {
        assertTrue(accessibility.isEmpty(), "Accessibility violations (serious or critical):\n"
                + String.join("\n", accessibility));
    }

    private void signIn(String username, String password) {
        open("/console/");
        browser.manage().deleteAllCookies();
        open("/console/");
        assertTrue(browser.getCurrentUrl().contains("/console/sign-in"), browser.getCurrentUrl());
        checkAccessibility("sign-in");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(password);
        press(browser.findElement(By.cssSelector("main form button[type=submit]")));
        assertFalse(browser.getCurrentUrl().contains("/sign-in"), "signed in: " + text());
    }

    private void signOut() {
        press(browser.findElement(By.cssSelector("form[action='/console/sign-out'] button")));
        assertTrue(browser.getCurrentUrl().contains("/console/sign-in"), browser.getCurrentUrl());
    }

    /** Presses the workflow button of {@code step} on the item's edit page. */
    private void step(String name) {
        open("/console/news/" + itemId);
        press(browser.findElement(By.xpath("//form[input[@name='step' and @value='" + name + "']]//button")));
        assertTrue(ITEM_URL.matcher(browser.getCurrentUrl()).matches(), browser.getCurrentUrl() + "\n" + text());
    }

    private void press(WebElement element) {
        session.press(element);
    }

    /** A request received by post, registered through the API, for its console pages. */
    private long registeredRequest() throws Exception {
        String token = http.token(EDITOR, EDITOR_PASSWORD);
        HttpResponse<String> created = http.as(token).postJson("/api/v1/requests", "{\"name\":\"Олена Коваль\","
                + "\"postalAddress\":\"вул. Шевченка, 1\",\"description\":\"Копії рішень про бюджет\",\"channel\":\"post\","
                + "\"signed\":true}");
        assertEquals(201, created.statusCode(), created.body());
        return Http.json(created).get("id").asLong();
    }

    private JsonNode item() throws Exception {
        String token = http.token(EDITOR, EDITOR_PASSWORD);
        HttpResponse<String> item = http.as(token).get("/api/v1/news/" + itemId);
        assertEquals(200, item.statusCode(), item.body());
        return Http.json(item);
    }

    private int latestRevision() throws Exception {
        String token = http.token(EDITOR, EDITOR_PASSWORD);
        HttpResponse<String> list = http.as(token).get("/api/v1/news/" + itemId + "/revisions");
        assertEquals(200, list.statusCode(), list.body());
        int latest = 0;
        JsonNode body = Http.json(list);
        for (JsonNode revision : body.has("items") ? body.get("items") : body) {
            latest = Math.max(latest, revision.get("number").asInt());
        }
        assertTrue(latest >= 2, body.toString());
        return latest;
    }

    private static String publicPathOf(JsonNode item) {
        String url = item.get("url").asText();
        return url.startsWith("http") ? java.net.URI.create(url).getPath() : url;
    }

    private void open(String path) {
        browser.get(server.uri(path).toString());
    }

    private String text() {
        return browser.findElement(By.tagName("body")).getText();
    }

    private void waitFor(String script, String what) {
        new WebDriverWait(browser, Duration.ofSeconds(15)).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(script)));
    }

    private void checkAccessibility(String page) {
        Results results = new AxeBuilder().withTags(AccessibilityInBrowserIT.WCAG_AA).analyze(browser);
        assertFalse(results.isErrored(), page + ": axe failed: " + results.getErrorMessage());
        assertFalse(results.getPasses().isEmpty(), page + ": axe checked nothing");
        for (Rule rule : results.getViolations()) {
            if (AccessibilityInBrowserIT.BLOCKING.contains(rule.getImpact())) {
                accessibility.add(AccessibilityInBrowserIT.describe(page + " " + browser.getCurrentUrl(), rule));
            }
        }
    }

    private static Path picture() throws Exception {
        BufferedImage image = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, 1200, 800);
        g.setColor(Color.WHITE);
        g.fillRect(100, 500, 1000, 80);
        g.dispose();
        Path file = Files.createTempFile("bridge-", ".png");
        ImageIO.write(image, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }
}
