package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/** The public site as a visitor with a keyboard uses it, in a real browser. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicSiteInBrowserIT {
    private HromadaServer server;
    private Browser session;
    private ChromeDriver browser;

    @BeforeAll
    void start() throws Exception {
        server = HromadaServer.create(null);
        Files.copy(server.home().resolve("examples").resolve(PlatformContract.EXAMPLE_JAR),
                server.home().resolve("deploy").resolve(PlatformContract.EXAMPLE_JAR));
        server.start();
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
    void keyboardUsersSkipToTheContentAndSwitchLanguage() {
        browser.get(server.uri("/").toString());
        assertEquals("uk", browser.findElement(By.tagName("html")).getAttribute("lang"));

        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        WebElement skip = browser.switchTo().activeElement();
        assertEquals("#main", skip.getDomAttribute("href"), "the skip link is the first stop of the keyboard");
        assertTrue(skip.isDisplayed(), "the skip link shows when focused");
        skip.sendKeys(Keys.ENTER);
        assertEquals("main", browser.switchTo().activeElement().getDomAttribute("id"), "focus lands on the content");

        session.press(browser.findElement(By.cssSelector("a[hreflang='en']")));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.getCurrentUrl().endsWith("/en/"), browser.getCurrentUrl());
    }

    @Test
    void aBundlePageRendersThroughTheThemeWithItsStylesheet() {
        browser.get(server.uri("/examples").toString());
        assertTrue(browser.findElement(By.tagName("h1")).getText().contains("Нотатки"), browser.getPageSource());
        assertEquals(2, browser.findElements(By.cssSelector(".example-notes li a")).size(), "the demo notes are listed");

        Object stylesheets = ((JavascriptExecutor) browser).executeScript(
                "return Array.from(document.styleSheets).filter(s => s.cssRules.length > 0).length");
        assertTrue(((Number) stylesheets).intValue() >= 1, "the fingerprinted stylesheet loaded");

        session.press(browser.findElement(By.cssSelector(".example-notes li a")));
        assertTrue(browser.getCurrentUrl().matches(".*/examples/\\d+"), browser.getCurrentUrl());
        assertEquals(1, browser.findElements(By.cssSelector("main h1")).size());
    }

    @Test
    void aCoverImageLoadsFromItsResponsiveRenditions() throws Exception {
        Http http = new Http(server);
        String admin = http.token("admin", HromadaServer.ADMIN_PASSWORD);
        HttpResponse<String> uploaded = http.as(admin).post("/api/v1/media?filename=cover.png&alt="
                        + java.net.URLEncoder.encode("Зелений парк", java.nio.charset.StandardCharsets.UTF_8),
                "image/png", MediaContract.image("png", 1400, 700, java.awt.Color.GREEN));
        assertEquals(201, uploaded.statusCode(), uploaded.body());
        long mediaId = Http.json(uploaded).get("id").asLong();
        HttpResponse<String> created = http.as(admin).postJson("/api/v1/news", "{\"title\":\"Парк відкрито\","
                + "\"body\":\"<p>Текст</p>\",\"language\":\"uk\",\"coverId\":" + mediaId + "}");
        assertEquals(201, created.statusCode(), created.body());
        HttpResponse<String> published = http.as(admin).postJson("/api/v1/news/" + Http.json(created).get("id").asLong()
                + "/publish", "{}");
        assertEquals(200, published.statusCode(), published.body());

        browser.get(server.uri(Http.json(published).get("url").asText()).toString());
        WebElement cover = browser.findElement(By.cssSelector(".article__cover img"));
        assertEquals("Зелений парк", cover.getDomAttribute("alt"));
        Object loaded = ((JavascriptExecutor) browser).executeScript(
                "const img = arguments[0]; img.loading = 'eager';"
                        + " return new Promise(done => { const check = () => img.complete && img.naturalWidth > 0"
                        + " ? done(img.currentSrc) : setTimeout(check, 50); check(); });", cover);
        assertTrue(String.valueOf(loaded).contains("/media/"), "the browser showed the image from " + loaded);
    }

    @Test
    void anUnknownPageIsAFriendlyPageInTheVisitorsLanguage() {
        browser.get(server.uri("/en/no-such-page").toString());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElements(By.cssSelector("main a[href='/en/']")).size() >= 1,
                "the 404 page links home: " + browser.getPageSource());
    }
}
