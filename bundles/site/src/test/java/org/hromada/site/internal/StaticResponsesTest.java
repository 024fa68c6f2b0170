package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hromada.platform.api.site.SiteRoute;
import org.junit.jupiter.api.Test;

/** Static files through the handler, from the real default theme. */
class StaticResponsesTest {
    private final RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
    private final SiteHandler handler = SiteHandlerTest.handler(SiteHandlerTest.THEMES, routes, null);

    StaticResponsesTest() {
        routes.add(new HomeRoute(), -1000, 1);
    }

    private SiteResponse get(String rawPath) {
        return handler.handle(SiteRequest.get(rawPath));
    }

    @Test
    void theStylesheetIsFingerprintedAndServedImmutable() {
        Matcher css = Pattern.compile("href=\"(/static/css/site\\.[0-9a-f]{10}\\.css)\"").matcher(get("/").text());
        assertTrue(css.find());
        SiteResponse file = get(css.group(1));
        assertEquals(200, file.status());
        assertEquals(SiteHandler.IMMUTABLE, file.header("Cache-Control"));
        assertEquals("text/css;charset=UTF-8", file.header("Content-Type"));
        assertEquals(SiteHandlerTest.THEMES.resolve("default/static/css/site.css").toAbsolutePath().normalize(),
                file.file());
    }

    @Test
    void plainStaticNamesRevalidate() {
        SiteResponse plain = get("/static/css/site.css");
        assertEquals(SiteHandler.SHORT, plain.header("Cache-Control"));
        String etag = plain.header("ETag");
        assertNotNull(etag);
        SiteResponse again = handler.handle(SiteRequest.get("/static/css/site.css").conditional(etag, null));
        assertEquals(304, again.status());
        assertNull(again.file());
        assertEquals(301, get("/static/css/site.0000000000.css").status());
        assertEquals(404, get("/static/%2e%2e/%2e%2e/pom.xml").status());
        assertEquals(404, get("/static/../templates/layout.ftl").status());
    }
}
