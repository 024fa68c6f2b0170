package org.hromada.platform.api.site;

import java.time.Instant;
import java.util.List;

/**
 * Published by a bundle whose public pages belong in {@code /sitemap.xml}. The site bundle asks every
 * source when the sitemap is requested (and caches the answer until content changes).
 */
public interface SitemapSource {

    /** Every public page of the bundle, in both languages. */
    List<Entry> entries();

    /**
     * One page.
     *
     * @param url          its site-relative path, e.g. {@code /news/sesiia-rady} or {@code /en/news/session}
     * @param lastModified when it last changed, or null when unknown
     */
    record Entry(String url, Instant lastModified) {
    }
}
