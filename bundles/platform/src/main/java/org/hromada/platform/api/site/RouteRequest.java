package org.hromada.platform.api.site;

import java.util.List;
import java.util.Map;

/**
 * What a {@link SiteRoute} learns of the request.
 *
 * @param path       the path without the language prefix, e.g. {@code /examples/first}
 * @param pathParams values of the pattern's {@code {name}} segments, URL-decoded
 * @param query      the query parameters
 * @param language   {@code uk} or {@code en}
 */
public record RouteRequest(String path, Map<String, String> pathParams, Map<String, List<String>> query,
                           String language) {
    public RouteRequest {
        pathParams = Map.copyOf(pathParams);
        query = Map.copyOf(query);
    }

    /** The first value of a query parameter, or {@code fallback}. */
    public String param(String name, String fallback) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? fallback : values.get(0);
    }
}
