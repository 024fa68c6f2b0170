package org.hromada.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The public site checked by axe-core (WCAG 2.0 and 2.1, levels A and AA) in a real browser, on the demo
 * site: every kind of page must have no violation of impact serious or critical. Also: keyboard focus is
 * visible, and nothing needs horizontal scrolling on a 320 px wide screen.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityInBrowserIT {
    static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** WCAG 1.4.10 (reflow): 320 CSS pixels, narrower than any phone in use (360 is the common one). */
    static final int PHONE_WIDTH = 320;

    private HromadaServer server;
    private Browser session;
    private ChromeDriver browser;
    /** Name of each page checked, and its path. */
    private final Map<String, String> pages = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        server = HromadaServer.create(null, Map.of("HROMADA_DEMO", "true")).start();
        session = Browser.open();
        browser = session.driver();
        awaitSearchable("бюджет");
        pages.put("home (uk)", "/");
        pages.put("news list", "/news");
        pages.put("news item", firstLink("/news", ".teaser__title a"));
        pages.put("page of the page tree", firstLink("/", ".quick-links a[href^='/pages/']"));
        pages.put("announcements list", "/announcements");
        pages.put("search, nothing typed", "/search");
        pages.put("search results", "/search?q=" + URLEncoder.encode("рішенням бюджету", StandardCharsets.UTF_8));
        pages.put("search, nothing found", "/search?q=" + URLEncoder.encode("космодром", StandardCharsets.UTF_8));
        pages.put("not found (404)", "/no-such-page");
        pages.put("home (en)", "/en/");
        pages.put("news item (en)", firstLink("/en/news", ".teaser__title a"));
        pages.put("register of documents", "/documents");
        pages.put("register, a filter that cannot be used", "/documents?from=2026-13-45&kind=council_decision");
        pages.put("document with files and history", "/documents/council-decisions/2026/1985-VIII");
        pages.put("register of one kind (en)", "/en/documents/drafts");
        pages.put("access to public information", "/access-to-information");
        pages.put("access to public information (en)", "/en/access-to-information");
        pages.put("accounting system (Art. 18)", "/accounting-system");
        pages.put("accounting system, a filter that cannot be used", "/accounting-system?year=20x6");
        pages.put("request for information", "/request-information");
        pages.put("request for information (en)", "/en/request-information");
        pages.put("tracking a request", "/request-information/track");
        pages.put("report on requests", "/request-information/report");
        pages.put("report on requests (en)", "/en/request-information/report");
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
    void everyKindOfPageHasNoSeriousOrCriticalAccessibilityViolation() {
        List<String> report = new ArrayList<>();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            open(page.getValue());
            Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
            assertFalse(results.isErrored(), page.getKey() + ": axe failed: " + results.getErrorMessage());
            assertFalse(results.getPasses().isEmpty(), page.getKey() + ": axe checked nothing");
            System.out.println("axe " + page.getKey() + " " + page.getValue() + ": " + results.getPasses().size()
                    + " rules passed, " + results.getIncomplete().size() + " to check by hand, violations: "
                    + results.getViolations().stream().map(r -> r.getId() + " (" + r.getImpact() + ")").toList());
            for (Rule rule : results.getViolations()) {
                if (BLOCKING.contains(rule.getImpact())) {
                    report.add(describe(page.getKey() + " " + page.getValue(), rule));
                }
            }
        }
        assertTrue(report.isEmpty(), "Accessibility violations (WCAG 2.1 A/AA, serious or critical):\n"
                + String.join("\n", report));
    }

    /** A guard against a check that passes because it checks nothing: a broken page must fail it. */
    @Test
    void theCheckerFindsViolationsOnABrokenPage() throws Exception {
        Path override = server.home().resolve("themes").resolve(HromadaServer.COUNCIL_THEME).resolve("templates")
                .resolve("404.ftl");
        Files.writeString(override, """
                <#import "/layout.ftl" as layout>
                <@layout.page title="broken"><h1 id="axe-broken">broken</h1>
                <img src="/static/none.png"><input type="text" name="nameless"></@layout.page>
                """);
        try {
            awaitPage("/axe-self-check", true);
            Results results = new AxeBuilder().withTags(WCAG_AA).analyze(browser);
            List<String> found = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact()))
                    .map(Rule::getId).toList();
            assertTrue(found.containsAll(List.of("image-alt", "label")), "axe saw: " + found);
            String described = describe("/axe-self-check", results.getViolations().stream()
                    .filter(r -> r.getId().equals("image-alt")).findFirst().orElseThrow());
            assertTrue(described.contains("image-alt (critical)") && described.contains("img"), described);
        } finally {
            Files.delete(override);
            awaitPage("/axe-self-check", false);
        }
    }

    @Test
    void keyboardFocusIsVisible() {
        open("/");
        WebElement body = browser.findElement(By.tagName("body"));
        body.sendKeys(Keys.TAB); // the skip link
        body = browser.switchTo().activeElement();
        body.sendKeys(Keys.TAB); // the site's name, in the header
        for (int i = 0; i < 3; i++) {
            WebElement focused = browser.switchTo().activeElement();
            String outline = (String) script("const s = getComputedStyle(arguments[0]);"
                    + " return s.outlineStyle + ' ' + s.outlineWidth;", focused);
            assertFalse(outline.startsWith("none") || outline.endsWith(" 0px"),
                    "focus shows on " + focused.getTagName() + " " + focused.getText() + ": outline " + outline);
            focused.sendKeys(Keys.TAB);
        }
    }

    @Test
    void noPageNeedsHorizontalScrollingOnAPhone() {
        Dimension before = browser.manage().window().getSize();
        try {
            browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 800));
            List<String> tooWide = new ArrayList<>();
            for (Map.Entry<String, String> page : pages.entrySet()) {
                open(page.getValue());
                long width = ((Number) script("return window.innerWidth")).longValue();
                assertTrue(width <= PHONE_WIDTH, "the window is really narrow: " + width);
                long content = ((Number) script("return document.documentElement.scrollWidth")).longValue();
                if (content > width) {
                    tooWide.add(page.getKey() + " " + page.getValue() + ": " + content + " px wide in a " + width
                            + " px window");
                }
            }
            assertTrue(tooWide.isEmpty(), String.join("\n", tooWide));
            assertEquals("width=device-width, initial-scale=1",
                    browser.findElement(By.cssSelector("meta[name='viewport']")).getDomAttribute("content"));
        } finally {
            browser.manage().window().setSize(before);
        }
    }

    @Test
    void theHeadersSearchWorksWithoutJavaScript() {
        open("/");
        WebElement field = browser.findElement(By.cssSelector("header form[role='search'] input[name='q']"));
        assertEquals(field.getDomAttribute("id"), browser.findElement(By.cssSelector("header form[role='search'] label"))
                .getDomAttribute("for"), "the field has a label");
        session.navigating(() -> field.sendKeys("рішенням бюджету", Keys.ENTER));
        assertTrue(browser.getCurrentUrl().contains("/search?q="), browser.getCurrentUrl());
        assertEquals("рішенням бюджету", browser.findElement(By.id("search-q")).getDomProperty("value"));
        assertFalse(browser.findElements(By.cssSelector(".search-result mark")).isEmpty(), browser.getPageSource());
    }

    /** One violation: its rule, impact and help, then each offending element's selector and why. */
    static String describe(String page, Rule rule) {
        StringBuilder text = new StringBuilder("- ").append(page).append(": ").append(rule.getId()).append(" (")
                .append(rule.getImpact()).append(") ").append(rule.getHelp()).append(" <").append(rule.getHelpUrl())
                .append(">");
        for (CheckedNode node : rule.getNodes()) {
            text.append("\n    ").append(node.getTarget()).append(": ")
                    .append(String.valueOf(node.getFailureSummary()).replace("\n", " "));
        }
        return text.toString();
    }

    private void open(String path) {
        browser.get(server.uri(path).toString());
    }

    /** Waits until the theme's edit shows (or is gone): templates are reloaded within a second or two. */
    private void awaitPage(String path, boolean broken) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (System.nanoTime() < deadline) {
            open(path);
            if (browser.findElements(By.id("axe-broken")).isEmpty() != broken) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the theme's 404.ftl was " + (broken ? "not picked up" : "not dropped"));
    }

    private Object script(String code, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(code, args);
    }

    private String firstLink(String path, String selector) {
        open(path);
        List<WebElement> links = browser.findElements(By.cssSelector(selector));
        assertFalse(links.isEmpty(), "no " + selector + " on " + path + ":\n" + browser.getPageSource());
        return links.get(0).getDomAttribute("href");
    }

    /** The demo content reaches the index a moment after the start. */
    private void awaitSearchable(String word) throws Exception {
        Http http = new Http(server);
        String query = "/api/v1/search?q=" + URLEncoder.encode(word, StandardCharsets.UTF_8);
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            if (Http.json(http.get(query)).path("total").asInt() > 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the demo content did not become searchable: " + http.get(query).body());
    }
}
