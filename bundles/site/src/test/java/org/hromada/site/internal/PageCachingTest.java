package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.hromada.platform.api.site.SiteRoute;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;
import org.junit.jupiter.api.io.TempDir;

/** The page cache: rendered once, revalidated cheaply, purged by any public change. */
class PageCachingTest {
    private final AtomicInteger renders = new AtomicInteger();
    private final RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
    private final PageCache cache = new PageCache();
    private final SiteHandler handler = SiteHandlerTest.handler(SiteHandlerTest.THEMES, SiteSources.of(routes),
            null, cache);

    PageCachingTest() {
        routes.add(new SiteHandlerTest.Route("/", "index.ftl", request -> {
            renders.incrementAndGet();
            return Optional.of(Map.of());
        }), 0, 1);
        routes.add(new SiteHandlerTest.Route("/missing", "index.ftl", request -> {
            renders.incrementAndGet();
            return Optional.empty();
        }), 0, 2);
    }

    @Test
    void aPageIsRenderedOnceAndCarriesValidators() {
        SiteResponse first = handler.handle(SiteRequest.get("/"));
        SiteResponse second = handler.handle(SiteRequest.get("/"));
        assertEquals(1, renders.get());
        assertEquals(200, second.status());
        assertArrayEquals(first.body(), second.body());
        assertTrue(first.header("ETag").matches("\"[0-9a-f]{24}\""), first.header("ETag"));
        assertEquals(first.header("ETag"), second.header("ETag"));
        assertTrue(first.header("Last-Modified").endsWith(" GMT"), first.header("Last-Modified"));
        assertEquals("public, no-cache", first.header("Cache-Control"));
        assertEquals("Accept-Encoding", first.header("Vary"));
        assertEquals("uk", second.header("Content-Language"));
        assertEquals("nosniff", second.header("X-Content-Type-Options"));
    }

    @Test
    void queriesAreCachedApart() {
        handler.handle(SiteRequest.get("/", "page=2"));
        handler.handle(SiteRequest.get("/", "page=3"));
        handler.handle(SiteRequest.get("/", "page=2"));
        assertEquals(2, renders.get());
    }

    @Test
    void aCurrentCopyGetsA304ByEtagOrByDate() {
        SiteResponse page = handler.handle(SiteRequest.get("/"));
        SiteResponse byTag = handler.handle(SiteRequest.get("/").conditional(page.header("ETag"), null));
        assertEquals(304, byTag.status());
        assertEquals(0, byTag.body().length);
        assertEquals(page.header("ETag"), byTag.header("ETag"));

        SiteResponse byDate = handler.handle(SiteRequest.get("/").conditional(null, page.header("Last-Modified")));
        assertEquals(304, byDate.status());
        assertEquals(200, handler.handle(SiteRequest.get("/").conditional("\"other\"", page.header("Last-Modified")))
                .status(), "If-None-Match wins over If-Modified-Since");
        assertEquals(200, handler.handle(SiteRequest.get("/").conditional(null, "Mon, 01 Jan 2001 00:00:00 GMT"))
                .status());
        assertEquals(200, handler.handle(SiteRequest.get("/").conditional(null, "yesterday")).status());
    }

    @Test
    void gzipIsServedToClientsThatTakeIt() throws IOException {
        SiteResponse plain = handler.handle(SiteRequest.get("/"));
        SiteResponse zipped = handler.handle(SiteRequest.get("/").gzip());
        assertNull(plain.header("Content-Encoding"));
        assertEquals("gzip", zipped.header("Content-Encoding"));
        assertTrue(zipped.body().length < plain.body().length);
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertArrayEquals(plain.body(), in.readAllBytes());
        }
        assertEquals(plain.header("ETag"), zipped.header("ETag"));
    }

    @Test
    void aPurgeRendersAgain() {
        handler.handle(SiteRequest.get("/"));
        cache.purge();
        handler.handle(SiteRequest.get("/"));
        assertEquals(2, renders.get());
    }

    @Test
    void aRenderThatRacedAPurgeIsNotKept() {
        long before = cache.generation();
        cache.purge();
        cache.put("/", CachedPage.of("text/html", "uk", new byte[] {1}, Instant.now()), before);
        assertTrue(cache.get("/").isEmpty());
    }

    @Test
    void notFoundIsNeverCached() {
        assertEquals(404, handler.handle(SiteRequest.get("/missing")).status());
        assertEquals(404, handler.handle(SiteRequest.get("/missing")).status());
        assertEquals(2, renders.get());
    }

    @Test
    void editingAThemeFilePurges(@TempDir Path tmp) throws IOException {
        Path theme = tmp.resolve("default/templates");
        Files.createDirectories(theme);
        Files.writeString(theme.resolve("page.ftl"), "one");
        RouteTable<SiteRoute> table = new RouteTable<>(SiteRoute::pattern);
        table.add(new SiteHandlerTest.Route("/", "page.ftl", request -> Optional.of(Map.of())), 0, 1);
        SiteHandler themed = SiteHandlerTest.handler(tmp, SiteSources.of(table), null, new PageCache());
        assertEquals("one", themed.handle(SiteRequest.get("/")).text());
        Files.writeString(theme.resolve("page.ftl"), "two, longer");
        assertEquals("two, longer", themed.handle(SiteRequest.get("/")).text());
    }

    @Test
    void eventsPurge() {
        handler.handle(SiteRequest.get("/"));
        cache.handleEvent(new Event("hromada/content/published", Map.of()));
        handler.handle(SiteRequest.get("/"));
        assertEquals(2, renders.get());
    }

    @Test
    void gzipIsReadFromAcceptEncoding() {
        assertTrue(SiteServlet.acceptsGzip("gzip, deflate, br"));
        assertTrue(SiteServlet.acceptsGzip("br;q=1.0, gzip;q=0.8"));
        assertFalse(SiteServlet.acceptsGzip("gzip;q=0"));
        assertFalse(SiteServlet.acceptsGzip("identity"));
        assertFalse(SiteServlet.acceptsGzip(null));
    }
}
