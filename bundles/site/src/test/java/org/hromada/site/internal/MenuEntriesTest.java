package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.site.SiteMenuItem;
import org.junit.jupiter.api.Test;

class MenuEntriesTest {

    static SiteMenuItem item(String path, String label, int position) {
        return new SiteMenuItem() {
            @Override
            public String path() {
                return path;
            }

            @Override
            public String label() {
                return label;
            }

            @Override
            public int position() {
                return position;
            }
        };
    }

    @Test
    void entriesComeInTheirOrderWithAddressesInThePagesLanguage() {
        List<Map<String, String>> menu = MenuEntries.of(List.of(item("/documents", "documents.menu", 40),
                item("/news", "site.nav.news", 10), item("no-slash", "broken", 1)), "/en/");
        assertEquals(List.of("/en/news", "/en/documents"), menu.stream().map(e -> e.get("url")).toList(),
                "sorted by position; a path without a leading slash is left out");
        assertEquals("/news", menu.get(0).get("path"));
    }

    @Test
    void theLayoutListsThePublishedEntriesAndMarksTheCurrentOne() throws Exception {
        Path themes = SiteHandlerTest.THEMES;
        ThemeLayers layers = ThemeLayers.of(themes, "default");
        Clock clock = Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC);
        PageRenderer renderer = new PageRenderer(new TemplateEngine(layers::templateFolders, 0),
                new Messages(layers::messageFolders, 0), new StaticAssets(layers.staticFolders()), "Громада", clock,
                () -> List.of(item("/news", "site.nav.news", 10), item("/announcements", "site.nav.announcements", 20)));
        String html = renderer.render("404.ftl", PageRenderer.contextOf("/news/sesiia", "uk"), Map.of());
        assertTrue(html.contains("<a href=\"/news\" aria-current=\"page\">Новини</a>"), html);
        assertTrue(html.contains("<a href=\"/announcements\">Оголошення</a>"), html);
        assertTrue(html.indexOf("/news\"") < html.indexOf("/announcements\""), "in their order");
    }
}
