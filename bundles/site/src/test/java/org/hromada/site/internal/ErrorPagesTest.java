package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.hromada.platform.api.site.SiteRoute;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Failures: a 500 with only an incident id, themed or, at worst, built in. */
class ErrorPagesTest {
    private final RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
    private final SiteHandler handler = SiteHandlerTest.handler(SiteHandlerTest.THEMES, routes, null);

    private SiteResponse get(String rawPath) {
        return handler.handle(SiteRequest.get(rawPath));
    }

    @Test
    void aFailingModelIsA500ThatShowsOnlyAnIncidentId() {
        routes.add(new SiteHandlerTest.Route("/boom", "index.ftl", request -> {
            throw new IllegalStateException("database password is hunter2");
        }), 0, 2);
        SiteResponse response = get("/boom");
        assertEquals(500, response.status());
        assertEquals("no-store", response.header("Cache-Control"));
        String html = response.text();
        assertTrue(html.contains("<html lang=\"uk\">"));
        assertTrue(html.contains("Сталася помилка"));
        assertTrue(Pattern.compile("<strong class=\"incident\">[0-9a-f]{8}</strong>").matcher(html).find(), html);
        assertFalse(html.contains("hunter2"));
        assertFalse(html.contains("IllegalStateException"));
        assertFalse(html.contains("at org."));
    }

    @Test
    void aFailingTemplateIsA500() {
        routes.add(new SiteHandlerTest.Route("/broken", "no/such/template.ftl", request -> Optional.of(Map.of())), 0, 2);
        SiteResponse response = get("/en/broken");
        assertEquals(500, response.status());
        assertTrue(response.text().contains("<html lang=\"en\">"));
        assertFalse(response.text().contains("template.ftl"));
    }

    @Test
    void whenErrorFtlFailsTooABuiltInPageRemains(@TempDir Path tmp) throws Exception {
        Path templates = tmp.resolve("default/templates");
        Files.createDirectories(templates);
        Files.writeString(templates.resolve("error.ftl"), "${no.such.value}");
        Files.writeString(templates.resolve("page.ftl"), "<#if>");
        RouteTable<SiteRoute> table = new RouteTable<>(SiteRoute::pattern);
        table.add(new SiteHandlerTest.Route("/", "page.ftl", request -> Optional.of(Map.of())), 0, 1);
        SiteResponse response = SiteHandlerTest.handler(tmp, table, "Town").handle(SiteRequest.get("/"));
        assertEquals(500, response.status());
        assertEquals("text/html;charset=UTF-8", response.header("Content-Type"));
        assertTrue(response.text().contains("<html lang=\"uk\">"));
        assertTrue(Pattern.compile("Номер інциденту: <strong>[0-9a-f]{8}</strong>").matcher(response.text()).find());
        assertFalse(response.text().contains("no.such.value"));
    }
}
