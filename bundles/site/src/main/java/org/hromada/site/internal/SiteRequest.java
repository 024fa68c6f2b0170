package org.hromada.site.internal;

import java.util.List;
import java.util.Map;

/**
 * The parts of an HTTP request the site looks at, so the handler is testable without a container.
 *
 * @param method          the HTTP method
 * @param rawPath         the request URI without the context path, not decoded
 * @param rawQuery        the query string as sent, or null
 * @param query           the decoded query parameters
 * @param ifNoneMatch     the {@code If-None-Match} header, or null
 * @param ifModifiedSince the {@code If-Modified-Since} header, or null
 * @param acceptsGzip     whether {@code Accept-Encoding} allows gzip
 * @param origin          {@code scheme://host[:port]} as the client addressed the server; absolute addresses
 *                        (sitemap, feeds, robots.txt) use it when {@code site.url} is not configured
 * @param post            what a POST sent, or null for other methods
 */
record SiteRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> query,
                   String ifNoneMatch, String ifModifiedSince, boolean acceptsGzip, String origin, PostBody post) {
    static final String LOCAL_ORIGIN = "http://localhost";

    SiteRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> query, String ifNoneMatch,
                String ifModifiedSince, boolean acceptsGzip, String origin) {
        this(method, rawPath, rawQuery, query, ifNoneMatch, ifModifiedSince, acceptsGzip, origin, null);
    }

    /** A POST of {@code body} to {@code rawPath}. */
    static SiteRequest post(String rawPath, PostBody body) {
        return new SiteRequest("POST", rawPath, null, Map.of(), null, null, false, LOCAL_ORIGIN, body);
    }

    static SiteRequest get(String rawPath) {
        return new SiteRequest("GET", rawPath, null, Map.of(), null, null, false, LOCAL_ORIGIN);
    }

    static SiteRequest get(String rawPath, String rawQuery) {
        return new SiteRequest("GET", rawPath, rawQuery, QueryStrings.parse(rawQuery), null, null, false, LOCAL_ORIGIN);
    }

    /** The same request with conditional headers. */
    SiteRequest conditional(String etag, String modifiedSince) {
        return new SiteRequest(method, rawPath, rawQuery, query, etag, modifiedSince, acceptsGzip, origin, post);
    }

    /** The same request accepting gzip. */
    SiteRequest gzip() {
        return new SiteRequest(method, rawPath, rawQuery, query, ifNoneMatch, ifModifiedSince, true, origin, post);
    }
}
