package org.hromada.documents.internal.sessions.site;

import org.hromada.documents.internal.site.SitePaths;

/** The public addresses of the session pages, with the language prefix of the page. */
final class SessionPaths {
    static final String LIST = "/sessions";
    static final String FEED = LIST + "/feed.xml";

    private SessionPaths() {
    }

    /** {@code /sessions} in the language. */
    static String list(String language) {
        return SitePaths.prefix(language) + LIST;
    }

    /** The Atom feed of the sessions in the language. */
    static String feed(String language) {
        return SitePaths.prefix(language) + FEED;
    }

    /** A session's or a document's address (the API's {@code url}, always without prefix) in the language. */
    static String page(String language, String url) {
        return SitePaths.prefix(language) + url;
    }
}
