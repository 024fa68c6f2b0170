package org.hromada.site.internal;

import java.util.List;
import java.util.Map;

/**
 * The parts of an HTTP request the site looks at, so the handler is testable without a container.
 *
 * @param method      the HTTP method
 * @param rawPath     the request URI without the context path, not decoded
 * @param rawQuery    the query string as sent, or null
 * @param query       the decoded query parameters
 * @param ifNoneMatch the {@code If-None-Match} header, or null
 */
record SiteRequest(String method, String rawPath, String rawQuery, Map<String, List<String>> query,
                   String ifNoneMatch) {

    static SiteRequest get(String rawPath) {
        return new SiteRequest("GET", rawPath, null, Map.of(), null);
    }
}
