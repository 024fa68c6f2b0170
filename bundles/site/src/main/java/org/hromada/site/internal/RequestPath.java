package org.hromada.site.internal;

import java.util.List;
import java.util.Optional;

/**
 * A request path read for the site: Ukrainian at {@code /...} (the state language loads by
 * default), English under {@code /en/...}. Either a page path in one language, or a redirect to
 * the one spelling of it (no trailing slash, except the homes {@code /} and {@code /en/}), or
 * nothing at all for paths no page can have (empty segments, broken escapes).
 */
sealed interface RequestPath {

    String UK = "uk";
    String EN = "en";

    /** A page path. {@code rawPath} is still percent-encoded and starts with {@code /}. */
    record Page(String language, String rawPath, List<String> segments) implements RequestPath {
        public Page {
            segments = List.copyOf(segments);
        }

        /** The decoded path without the language prefix, for templates and routes. */
        public String path() {
            return UrlPaths.join(segments);
        }

        /** The home page of this language. */
        public String home() {
            return home(language);
        }

        /** This page with its language prefix, as requested. */
        public String url() {
            return url(language, rawPath);
        }

        /** The same page in the other language. */
        public String alternate() {
            return url(EN.equals(language) ? UK : EN, rawPath);
        }

        static String home(String language) {
            return EN.equals(language) ? "/en/" : "/";
        }

        static String url(String language, String rawPath) {
            if (!EN.equals(language)) {
                return rawPath;
            }
            return "/".equals(rawPath) ? "/en/" : "/en" + rawPath;
        }
    }

    /** Moved permanently to {@code location} (a local path, with the query kept). */
    record Redirect(String location) implements RequestPath {
    }

    /** No page can live here. */
    record Invalid() implements RequestPath {
    }

    /**
     * Reads {@code rawPath} (the request URI without the context path, not decoded) and the raw
     * query string (may be null) that a redirect keeps.
     */
    static RequestPath parse(String rawPath, String query) {
        String suffix = query == null || query.isEmpty() ? "" : "?" + query;
        String raw = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        if (!raw.startsWith("/")) {
            return new Invalid();
        }
        if ("/en".equals(raw)) {
            return new Redirect("/en/" + suffix);
        }
        String language = raw.startsWith("/en/") ? EN : UK;
        String rest = EN.equals(language) ? raw.substring(3) : raw;
        String trimmed = rest;
        while (trimmed.length() > 1 && trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        // Validate before redirecting: "//evil.example/" must never become Location: //evil.example.
        Optional<List<String>> segments = UrlPaths.segments(trimmed);
        if (segments.isEmpty()) {
            return new Invalid();
        }
        if (!trimmed.equals(rest)) {
            return new Redirect(Page.url(language, trimmed) + suffix);
        }
        return new Page(language, trimmed, segments.get());
    }
}
