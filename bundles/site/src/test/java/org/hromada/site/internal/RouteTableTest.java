package org.hromada.site.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.junit.jupiter.api.Test;

class RouteTableTest {

    record Route(String pattern, String template) implements SiteRoute {
        @Override
        public Optional<Map<String, Object>> model(RouteRequest request) {
            return Optional.of(Map.of());
        }
    }

    private final RouteTable<SiteRoute> table = new RouteTable<>(SiteRoute::pattern);

    private Optional<RouteTable.Match<SiteRoute>> resolve(String rawPath) {
        return table.resolve(((RequestPath.Page) RequestPath.parse(rawPath, null)).segments());
    }

    @Test
    void exactSegmentsBeatParametersWhateverTheOrderOfArrival() {
        Route item = new Route("/examples/{id}", "item.ftl");
        Route fresh = new Route("/examples/new", "new.ftl");
        table.add(item, 0, 1);
        table.add(fresh, 0, 2);

        assertSame(fresh, resolve("/examples/new").orElseThrow().route());
        RouteTable.Match<SiteRoute> match = resolve("/examples/42").orElseThrow();
        assertSame(item, match.route());
        assertEquals(Map.of("id", "42"), match.params());
    }

    @Test
    void theFirstDifferingSegmentDecides() {
        Route literalFirst = new Route("/a/{x}", "1.ftl");
        Route parameterFirst = new Route("/{y}/b", "2.ftl");
        table.add(parameterFirst, 0, 1);
        table.add(literalFirst, 0, 2);
        assertSame(literalFirst, resolve("/a/b").orElseThrow().route());
        assertSame(parameterFirst, resolve("/c/b").orElseThrow().route());
    }

    @Test
    void parametersAreDecodedAndMatchOneSegmentOnly() {
        table.add(new Route("/tags/{tag}", "tag.ftl"), 0, 1);
        assertEquals(Map.of("tag", "бюджет 2026"),
                resolve("/tags/%D0%B1%D1%8E%D0%B4%D0%B6%D0%B5%D1%82%202026").orElseThrow().params());
        assertEquals(Map.of("tag", "a/b"), resolve("/tags/a%2Fb").orElseThrow().params());
        assertTrue(resolve("/tags/a/b").isEmpty());
        assertTrue(resolve("/tags").isEmpty());
    }

    @Test
    void englishPrefixIsNotPartOfTheMatch() {
        Route list = new Route("/examples", "list.ftl");
        table.add(list, 0, 1);
        assertSame(list, resolve("/en/examples").orElseThrow().route());
        assertSame(list, resolve("/examples").orElseThrow().route());
    }

    @Test
    void higherRankingWinsForTheSamePatternThenTheOlderService() {
        Route siteHome = new Route("/", "index.ftl");
        Route contentHome = new Route("/", "content/home.ftl");
        table.add(siteHome, -1000, 5);
        table.add(contentHome, 0, 9);
        assertSame(contentHome, resolve("/").orElseThrow().route());

        Route other = new Route("/{x}", "a.ftl");
        Route same = new Route("/{y}", "b.ftl");
        table.add(same, 0, 21);
        table.add(other, 0, 20);
        assertSame(other, resolve("/z").orElseThrow().route());
        table.add(same, 10, 21); // its ranking was modified
        assertSame(same, resolve("/z").orElseThrow().route());
    }

    @Test
    void aRemovedRouteIsGoneAtOnce() {
        Route list = new Route("/examples", "list.ftl");
        table.add(list, 0, 7);
        table.remove(7);
        assertTrue(resolve("/examples").isEmpty());
        assertEquals(0, table.size());
    }

    @Test
    void homeMatchesOnlyTheRoot() {
        table.add(new Route("/", "index.ftl"), 0, 1);
        assertTrue(resolve("/").isPresent());
        assertTrue(resolve("/en/").isPresent());
        assertTrue(resolve("/anything").isEmpty());
    }

    @Test
    void malformedPatternsAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> table.add(new Route("examples", "x.ftl"), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> table.add(new Route("/a//b", "x.ftl"), 0, 1));
        assertThrows(IllegalArgumentException.class, () -> table.add(new Route("/a/{}", "x.ftl"), 0, 1));
        assertEquals(0, table.size());
    }
}
