package org.hromada.documents.internal.site;

/** The register's public addresses, with the language prefix of the page. */
public final class SitePaths {
    static final String REGISTER = "/documents";
    static final String FEED = "feed.xml";
    /** The Article 18 accounting system. */
    public static final String ACCOUNTING = "/accounting-system";

    private SitePaths() {
    }

    /** {@code /en} for English pages, nothing for Ukrainian ones. */
    public static String prefix(String language) {
        return "en".equals(language) ? "/en" : "";
    }

    /** {@code /documents} or {@code /documents/<segment>}, in the language. */
    static String register(String language, String segment) {
        return prefix(language) + REGISTER + (segment == null ? "" : "/" + segment);
    }

    /** {@code /accounting-system} in the language. */
    static String accounting(String language) {
        return prefix(language) + ACCOUNTING;
    }

    /** The Atom feed of the register or of one kind. */
    static String feed(String language, String segment) {
        return register(language, segment) + "/" + FEED;
    }

    /** A document's address ({@code DocumentView.url}, always without prefix) in the language. */
    static String document(String language, String url) {
        return prefix(language) + url;
    }
}
