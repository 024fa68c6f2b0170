package org.hromada.site.internal;

/**
 * What every page knows of its request, whether a route matched or not.
 *
 * @param language  {@code uk} or {@code en}
 * @param path      the decoded path without the language prefix (for display; escape it)
 * @param url       this page's path with its prefix, percent-encoded as requested
 * @param home      {@code /} or {@code /en/}
 * @param alternate the same page in the other language
 */
record PageContext(String language, String path, String url, String home, String alternate) {

    static PageContext of(RequestPath.Page page) {
        return new PageContext(page.language(), page.path(), page.url(), page.home(), page.alternate());
    }

    /** For a path no page can have (broken escapes, empty segments): language by prefix, homes as links. */
    static PageContext unreadable(String rawPath) {
        String language = rawPath != null && rawPath.startsWith("/en/") ? RequestPath.EN : RequestPath.UK;
        String other = RequestPath.EN.equals(language) ? RequestPath.UK : RequestPath.EN;
        String path = rawPath == null ? "/" : RequestPath.EN.equals(language) ? rawPath.substring(3) : rawPath;
        return new PageContext(language, path, RequestPath.Page.home(language), RequestPath.Page.home(language),
                RequestPath.Page.home(other));
    }
}
