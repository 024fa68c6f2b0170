package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.parsers.DocumentBuilderFactory;
import org.hromada.platform.api.site.Feed;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteFeed;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.platform.api.site.SitemapSource;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Atom feeds, the sitemap and robots.txt, parsed back as XML. */
class FeedsAndSitemapTest {
    private static final Instant PUBLISHED = Instant.parse("2026-02-10T09:30:00Z");
    private final RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
    private final RouteTable<SiteFeed> feeds = new RouteTable<>(SiteFeed::pattern);
    private final List<SitemapSource> sitemaps = new ArrayList<>();
    private final PageCache cache = new PageCache();
    private final SiteHandler handler = SiteHandlerTest.handler(SiteHandlerTest.THEMES,
            new SiteSources(routes, feeds, () -> List.copyOf(sitemaps)), null, cache);
    private final AtomicInteger feedCalls = new AtomicInteger();

    record TestFeed(String pattern, java.util.function.Function<RouteRequest, Optional<Feed>> feed)
            implements SiteFeed {
        @Override
        public Optional<Feed> feed(RouteRequest request) {
            return feed.apply(request);
        }
    }

    FeedsAndSitemapTest() {
        routes.add(new SiteHandlerTest.Route("/news/{slug}", "index.ftl", r -> Optional.of(java.util.Map.of())), 0, 1);
        feeds.add(new TestFeed("/news/feed.xml", request -> {
            feedCalls.incrementAndGet();
            String language = request.language();
            return Optional.of(new Feed(List.of("site.nav.news", "<Освіта> & co"), "/news", List.of(
                    new Feed.Entry("news/7", "Ремонт школи <script>alert(1)</script>", "/news/remont-shkoly",
                            "Ремонт & відкриття", PUBLISHED, PUBLISHED.plusSeconds(60), "editor", "osvita"),
                    new Feed.Entry("news/6", "Сесія ради", "/news/sesiia", "", PUBLISHED.minusSeconds(3600),
                            null, "", ""))));
        }), 0, 2);
        feeds.add(new TestFeed("/empty/feed.xml", request -> Optional.empty()), 0, 3);
    }

    private static Document parse(SiteResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.body()));
    }

    @Test
    void aFeedIsAtomWithAbsoluteLinksAndEscapedText() throws Exception {
        SiteResponse response = handler.handle(SiteRequest.get("/news/feed.xml"));
        assertEquals(200, response.status());
        assertEquals("application/atom+xml;charset=UTF-8", response.header("Content-Type"));
        Document atom = parse(response);
        Element feed = atom.getDocumentElement();
        assertEquals("http://www.w3.org/2005/Atom", feed.getNamespaceURI());
        assertEquals("feed", feed.getLocalName());
        assertEquals("Громада — Новини — <Освіта> & co", text(feed, "title"));
        NodeList entries = feed.getElementsByTagNameNS("*", "entry");
        assertEquals(2, entries.getLength());
        Element first = (Element) entries.item(0);
        assertEquals("Ремонт школи <script>alert(1)</script>", text(first, "title"));
        assertEquals("Ремонт & відкриття", text(first, "summary"));
        assertEquals("http://localhost/news/remont-shkoly", link(first, "alternate"));
        assertEquals("http://localhost/news/feed.xml", link(feed, "self"));
        assertEquals("http://localhost/news", link(feed, "alternate"));
        assertTrue(text(first, "published").startsWith("2026-02-10T09:30:00"), text(first, "published"));
        assertTrue(text(feed, "updated").startsWith("2026-02-10T09:31:00"), "the newest change dates the feed");
        assertFalse(response.text().contains("<script>"), "markup in a title is escaped text");
    }

    @Test
    void theEnglishFeedSaysEnglishAndLinksEnglishPaths() throws Exception {
        SiteResponse response = handler.handle(SiteRequest.get("/en/news/feed.xml"));
        Element feed = parse(response).getDocumentElement();
        assertEquals("Hromada — News — <Освіта> & co", text(feed, "title"));
        assertEquals("http://localhost/en/news/feed.xml", link(feed, "self"));
        assertEquals("en", feed.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
    }

    @Test
    void feedsAreCachedAndAnEmptyFeedIsA404() {
        handler.handle(SiteRequest.get("/news/feed.xml"));
        handler.handle(SiteRequest.get("/news/feed.xml"));
        assertEquals(1, feedCalls.get());
        cache.purge();
        handler.handle(SiteRequest.get("/news/feed.xml"));
        assertEquals(2, feedCalls.get());
        assertEquals(404, handler.handle(SiteRequest.get("/empty/feed.xml")).status());
    }

    @Test
    void theSitemapListsEverySourceOnceWithAbsoluteAddresses() throws Exception {
        sitemaps.add(() -> List.of(new SitemapSource.Entry("/news/remont-shkoly", PUBLISHED),
                new SitemapSource.Entry("/news", PUBLISHED.minusSeconds(10)),
                new SitemapSource.Entry("https://elsewhere.example/x", PUBLISHED)));
        sitemaps.add(() -> List.of(new SitemapSource.Entry("/news/remont-shkoly", PUBLISHED.plusSeconds(5)),
                new SitemapSource.Entry("/documents/rishennia-1", null)));
        sitemaps.add(() -> {
            throw new IllegalStateException("a broken source");
        });
        SiteResponse response = handler.handle(SiteRequest.get("/sitemap.xml"));
        assertEquals(200, response.status());
        assertEquals("application/xml;charset=UTF-8", response.header("Content-Type"));
        Element urlset = parse(response).getDocumentElement();
        assertEquals("http://www.sitemaps.org/schemas/sitemap/0.9", urlset.getNamespaceURI());
        List<String> locations = new ArrayList<>();
        NodeList urls = urlset.getElementsByTagNameNS("*", "url");
        for (int i = 0; i < urls.getLength(); i++) {
            locations.add(text((Element) urls.item(i), "loc"));
        }
        assertEquals(List.of("http://localhost/", "http://localhost/en/", "http://localhost/news/remont-shkoly",
                "http://localhost/news", "http://localhost/documents/rishennia-1"), locations);
        assertEquals("2026-02-10T09:30:05Z", text((Element) urls.item(2), "lastmod"), "the later date wins");
        assertEquals(0, ((Element) urls.item(4)).getElementsByTagNameNS("*", "lastmod").getLength());
    }

    @Test
    void theConfiguredSiteAddressBeatsTheRequestsOne() throws Exception {
        SiteHandler configured = new SiteHandlerWithUrl("https://rada.example.gov.ua").handler;
        String robots = configured.handle(SiteRequest.get("/robots.txt")).text();
        assertTrue(robots.contains("Sitemap: https://rada.example.gov.ua/sitemap.xml"), robots);
        String sitemap = configured.handle(SiteRequest.get("/sitemap.xml")).text();
        assertTrue(sitemap.contains("<loc>https://rada.example.gov.ua/</loc>"), sitemap);
    }

    @Test
    void robotsKeepCrawlersOutOfTheApiAndConsole() {
        SiteResponse robots = handler.handle(SiteRequest.get("/robots.txt"));
        assertEquals(200, robots.status());
        assertEquals("text/plain;charset=UTF-8", robots.header("Content-Type"));
        assertTrue(robots.text().contains("User-agent: *\nDisallow: /api/\nDisallow: /console/\n"));
        assertTrue(robots.text().contains("Sitemap: http://localhost/sitemap.xml"));
    }

    /** A handler whose settings name the site's public address. */
    private static final class SiteHandlerWithUrl {
        final SiteHandler handler;

        SiteHandlerWithUrl(String url) {
            ThemeLayers layers = ThemeLayers.of(SiteHandlerTest.THEMES, "default");
            StaticAssets assets = new StaticAssets(layers.staticFolders());
            handler = new SiteHandler(SiteSources.of(new RouteTable<>(SiteRoute::pattern)),
                    SiteHandlerTest.renderer(SiteHandlerTest.THEMES, null, java.time.Clock.systemUTC(), assets),
                    assets, new PageCache(), () -> false,
                    new SiteSettings(SiteHandlerTest.THEMES, "default", null, org.hromada.platform.api.site.SiteUrls.normalise(url)),
                    java.time.Clock.systemUTC());
        }
    }

    private static String text(Element parent, String name) {
        NodeList nodes = parent.getElementsByTagNameNS("*", name);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getParentNode() == parent) {
                return nodes.item(i).getTextContent();
            }
        }
        return null;
    }

    private static String link(Element parent, String rel) {
        NodeList links = parent.getElementsByTagNameNS("*", "link");
        for (int i = 0; i < links.getLength(); i++) {
            Element link = (Element) links.item(i);
            if (link.getParentNode() == parent && rel.equals(link.getAttribute("rel"))) {
                return link.getAttribute("href");
            }
        }
        return null;
    }
}
