package org.hromada.site.internal;

import java.util.List;
import java.util.function.Supplier;
import org.hromada.platform.api.site.SiteFeed;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.platform.api.site.SitemapSource;

/**
 * What bundles contribute to the site right now: page routes, feeds and sitemap sources.
 *
 * @param routes   the page routes
 * @param feeds    the feeds, matched before the routes
 * @param sitemaps the sitemap sources
 */
record SiteSources(RouteTable<SiteRoute> routes, RouteTable<SiteFeed> feeds, Supplier<List<SitemapSource>> sitemaps) {

    /** Routes only, no feeds and no sitemap sources. */
    static SiteSources of(RouteTable<SiteRoute> routes) {
        return new SiteSources(routes, new RouteTable<>(SiteFeed::pattern), List::of);
    }
}
