package org.hromada.platform.api.site;

import java.util.Optional;

/**
 * A feed of the public site (served as Atom), published by a bundle as a service beside the list
 * page it follows. Matched like a {@link SiteRoute}, in both languages ({@code /en} prefix).
 * Pages advertise their feeds by putting {@code feeds} (a list of maps with {@code title} and
 * {@code url}) into their model; the default layout writes them as {@code <link rel="alternate">}.
 */
public interface SiteFeed {

    /** The path pattern, e.g. {@code /news/feed.xml}; {@code {name}} segments as in {@link SiteRoute}. */
    String pattern();

    /** The feed, or empty for "no such feed" (404). Never throw for anything a visitor can type. */
    Optional<Feed> feed(RouteRequest request);
}
