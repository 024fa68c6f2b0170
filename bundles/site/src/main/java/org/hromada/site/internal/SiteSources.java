package org.hromada.site.internal;

import java.util.List;
import java.util.function.Supplier;
import org.hromada.platform.api.site.SiteFeed;
import org.hromada.platform.api.site.SiteForm;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.platform.api.site.SitemapSource;

/**
 * What bundles contribute to the site right now: page routes, feeds, sitemap sources and public forms.
 *
 * @param routes   the page routes
 * @param feeds    the feeds, matched before the routes
 * @param sitemaps the sitemap sources
 * @param forms    the forms, the only paths that take a POST
 */
record SiteSources(RouteTable<SiteRoute> routes, RouteTable<SiteFeed> feeds, Supplier<List<SitemapSource>> sitemaps,
                   RouteTable<SiteForm> forms) {

    /** No forms. */
    SiteSources(RouteTable<SiteRoute> routes, RouteTable<SiteFeed> feeds, Supplier<List<SitemapSource>> sitemaps) {
        this(routes, feeds, sitemaps, new RouteTable<>(SiteForm::pattern));
    }

    /** Routes only, no feeds and no sitemap sources. */
    static SiteSources of(RouteTable<SiteRoute> routes) {
        return new SiteSources(routes, new RouteTable<>(SiteFeed::pattern), List::of);
    }
}
