package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Whole answers, rendered with the real default theme of the repository. */
class SiteHandlerTest {
    /** The repository's themes folder, seen from this module (bundles/site). */
    static final Path THEMES = Path.of("../../themes");

    record Route(String pattern, String template, Function<RouteRequest, Optional<Map<String, Object>>> model)
            implements SiteRoute {
        @Override
        public Optional<Map<String, Object>> model(RouteRequest request) {
            return model.apply(request);
        }
    }

    private final RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
    private SiteHandler handler;

    static SiteHandler handler(Path themes, RouteTable<SiteRoute> routes, String siteName) {
        return handler(themes, SiteSources.of(routes), siteName, new PageCache());
    }

    /** A handler over the real default theme that notices theme edits at once. */
    static SiteHandler handler(Path themes, SiteSources sources, String siteName, PageCache cache) {
        ThemeLayers layers = ThemeLayers.of(themes, "default");
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
        ThemeStamp stamp = new ThemeStamp(layers.themes(), clock, 0);
        StaticAssets assets = new StaticAssets(layers.staticFolders());
        return new SiteHandler(sources, renderer(themes, siteName, clock, assets), assets, cache,
                stamp::changed, new SiteSettings(themes, "default", siteName, ""), clock);
    }

    /** The renderer a handler over the real default theme uses (and the preview, too). */
    static PageRenderer renderer(Path themes, String siteName, Clock clock, StaticAssets assets) {
        ThemeLayers layers = ThemeLayers.of(themes, "default");
        return new PageRenderer(new TemplateEngine(layers::templateFolders, 0),
                new Messages(layers::messageFolders, 0), assets, siteName, clock);
    }

    @BeforeEach
    void setUp() {
        assertTrue(Files.isRegularFile(THEMES.resolve("default/templates/layout.ftl")), "run from bundles/site");
        routes.add(new HomeRoute(), -1000, 1);
        handler = handler(THEMES, routes, null);
    }

    private SiteResponse get(String rawPath) {
        return handler.handle(SiteRequest.get(rawPath));
    }

    private static void assertSecurityHeaders(SiteResponse response) {
        assertEquals("nosniff", response.header("X-Content-Type-Options"));
        assertEquals("strict-origin-when-cross-origin", response.header("Referrer-Policy"));
        assertEquals("default-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "frame-src 'self' https://www.youtube-nocookie.com; frame-ancestors 'self'; base-uri 'self'",
                response.header("Content-Security-Policy"));
    }

    @Test
    void homeIsUkrainianWithTheLayoutsLandmarks() {
        SiteResponse home = get("/");
        String html = home.text();
        assertEquals(200, home.status());
        assertEquals("text/html;charset=UTF-8", home.header("Content-Type"));
        assertEquals("uk", home.header("Content-Language"));
        assertSecurityHeaders(home);
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"uk\">"), html);
        assertTrue(html.contains("<title>Громада</title>"), html);
        assertTrue(html.contains("<main id=\"main\" tabindex=\"-1\""));
        assertTrue(html.contains("<a href=\"/en/\" lang=\"en\" hreflang=\"en\">English</a>"));
        assertTrue(html.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"/en/\">"));
        assertTrue(html.contains("<nav class=\"site-nav\" aria-label=\"Основне меню\">"));
        assertTrue(html.contains("© 2026 Громада"));
        // The skip link is the first link of the page.
        assertEquals(html.indexOf("<a "), html.indexOf("<a class=\"skip-link\" href=\"#main\">"));
    }

    @Test
    void englishHomeLinksBackToUkrainian() {
        String html = get("/en/").text();
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en\">"), html);
        assertTrue(html.contains("<a href=\"/\" lang=\"uk\" hreflang=\"uk\">Українська</a>"));
        assertTrue(html.contains("Skip to main content"));
    }

    @Test
    void unknownPathIsAThemed404InTheRequestLanguage() {
        SiteResponse uk = get("/nemaie-takoi");
        assertEquals(404, uk.status());
        assertSecurityHeaders(uk);
        assertTrue(uk.text().contains("<html lang=\"uk\">"));
        assertTrue(uk.text().contains("Сторінку не знайдено"));
        assertTrue(uk.text().contains("<code class=\"requested-path\">/nemaie-takoi</code>"));

        SiteResponse en = get("/en/no-such-page");
        assertEquals(404, en.status());
        assertEquals("en", en.header("Content-Language"));
        assertTrue(en.text().contains("<html lang=\"en\">"));
        assertTrue(en.text().contains("Page not found"));
        assertTrue(en.text().contains("/no-such-page"));
    }

    @Test
    void aHostilePathIsEscaped() {
        for (String raw : List.of("/%3Cscript%3Ealert(1)%3C/script%3E", "/<script>alert(1)</script>",
                "/x%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E")) {
            SiteResponse response = get(raw);
            assertEquals(404, response.status(), raw);
            String html = response.text();
            assertFalse(html.contains("<script"), html);
            assertFalse(html.contains("<img"), html);
            assertTrue(html.contains("&lt;"), html);
        }
        assertTrue(get("/%3Cscript%3E").text().contains("<code class=\"requested-path\">/&lt;script&gt;</code>"));
    }

    @Test
    void anUnreadablePathIsA404Too() {
        assertEquals(404, get("/a%zz").status());
        assertTrue(get("/a%zz").text().contains("<html lang=\"uk\">"));
    }

    @Test
    void anEmptyModelIsA404() {
        routes.add(new Route("/examples/{id}", "index.ftl", request -> Optional.empty()), 0, 2);
        assertEquals(404, get("/examples/7").status());
    }

    @Test
    void routesGetDecodedParametersLanguageAndQuery() {
        routes.add(new Route("/examples/{id}", "index.ftl", request -> {
            assertEquals(Map.of("id", "сім"), request.pathParams());
            assertEquals("en", request.language());
            assertEquals("/examples/сім", request.path());
            assertEquals("2", request.param("page", null));
            return Optional.of(Map.of());
        }), 0, 2);
        SiteResponse response = handler.handle(new SiteRequest("GET", "/en/examples/%D1%81%D1%96%D0%BC", "page=2",
                Map.of("page", List.of("2")), null, null, false, SiteRequest.LOCAL_ORIGIN));
        assertEquals(200, response.status());
    }

    @Test
    void slashesAreNormalisedByPermanentRedirects() {
        SiteResponse en = get("/en");
        assertEquals(301, en.status());
        assertEquals("/en/", en.header("Location"));
        SiteResponse trailing = handler.handle(SiteRequest.get("/examples/", "a=1"));
        assertEquals(301, trailing.status());
        assertEquals("/examples?a=1", trailing.header("Location"));
    }

    @Test
    void onlyGetAndHeadAreAllowed() {
        for (String method : List.of("POST", "PUT", "DELETE", "OPTIONS")) {
            SiteResponse response = handler.handle(
                    new SiteRequest(method, "/", null, Map.of(), null, null, false, SiteRequest.LOCAL_ORIGIN));
            assertEquals(405, response.status(), method);
            assertEquals("GET, HEAD", response.header("Allow"));
        }
        assertEquals(200, handler.handle(
                new SiteRequest("HEAD", "/", null, Map.of(), null, null, false, SiteRequest.LOCAL_ORIGIN)).status());
    }

    @Test
    void theConfiguredSiteNameWins() {
        assertTrue(handler(THEMES, routes, "Вінницька міська рада").handle(SiteRequest.get("/")).text()
                .contains("<title>Вінницька міська рада</title>"));
    }
}
