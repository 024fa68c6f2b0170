package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The preview renders through the same layers and layout as a request, with the page context of its path. */
class SitePreviewTest {
    private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
    private final ThemeLayers layers = ThemeLayers.of(SiteHandlerTest.THEMES, "default");
    private final PageRenderer renderer = SiteHandlerTest.renderer(SiteHandlerTest.THEMES, null, clock,
            new StaticAssets(layers.staticFolders()));

    @Test
    void rendersTheLayoutInUkrainianAtThePath() {
        String html = SiteServlet.preview(renderer, "index.ftl", Map.of(), "/news/proba", Locale.forLanguageTag("uk"));
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"uk\">"), html);
        assertTrue(html.contains("<main id=\"main\""), html);
        assertTrue(html.contains("href=\"/en/news/proba\""), html);
    }

    @Test
    void englishGetsItsPrefix() {
        String html = SiteServlet.preview(renderer, "index.ftl", Map.of(), "/news/test", Locale.ENGLISH);
        assertTrue(html.startsWith("<!doctype html>\n<html lang=\"en\">"), html);
    }

    @Test
    void matchesWhatAVisitorGets() {
        SiteHandler handler = SiteHandlerTest.handler(SiteHandlerTest.THEMES, SiteSources.of(routes()), null,
                new PageCache());
        String visitor = handler.handle(SiteRequest.get("/")).text();
        String preview = SiteServlet.preview(renderer, "index.ftl", Map.of(), "/", Locale.forLanguageTag("uk"));
        assertEquals(visitor, preview);
    }

    @Test
    void aMissingTemplateIsReportedNotRendered() {
        assertThrows(IllegalStateException.class,
                () -> SiteServlet.preview(renderer, "no/such.ftl", Map.of(), "/", Locale.ENGLISH));
    }

    private static RouteTable<org.hromada.platform.api.site.SiteRoute> routes() {
        RouteTable<org.hromada.platform.api.site.SiteRoute> table =
                new RouteTable<>(org.hromada.platform.api.site.SiteRoute::pattern);
        table.add(new HomeRoute(), -1000, 1);
        return table;
    }
}
