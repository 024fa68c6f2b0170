package org.hromada.platform.api.events;

/**
 * Event Admin topics that bundles post and handle. Properties of every event: {@code bundle}
 * (symbolic name of the sender) and, for content events, {@code type}, {@code id} and {@code url}.
 * Caches of public pages and public API reads are purged by every {@code hromada/content/*} and
 * {@code hromada/site/*} event.
 */
public final class Topics {
    /** Any content became public. */
    public static final String CONTENT_PUBLISHED = "hromada/content/published";
    /** Any content stopped being public. */
    public static final String CONTENT_UNPUBLISHED = "hromada/content/unpublished";
    /**
     * Something the public sees changed other than by a content event (the search index caught up,
     * a bundle's public output changed): caches of public pages and reads are purged.
     */
    public static final String SITE_CHANGED = "hromada/site/changed";

    /**
     * Something an Article 15 check reads changed outside content events (where to send requests was
     * set, say): the disclosure bundle runs its checks again in a few seconds, so its dashboard and the
     * public page need not wait for the next scheduled run. Content events do the same.
     */
    public static final String DISCLOSURE_RECHECK = "hromada/disclosure/recheck";

    private Topics() {
    }
}
