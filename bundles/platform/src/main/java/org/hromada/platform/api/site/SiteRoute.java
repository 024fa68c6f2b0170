package org.hromada.platform.api.site;

import java.util.Map;
import java.util.Optional;

/**
 * A page of the public site, published by a bundle as a service. The site bundle matches the
 * request path (without the {@code /en} prefix) against {@link #pattern()}, asks for the model and
 * renders {@link #template()} through the active theme. The route exists while the bundle is active.
 */
public interface SiteRoute {

    /**
     * The path pattern, e.g. {@code /examples} or {@code /examples/{slug}}; a {@code {name}}
     * segment matches one path segment and is passed in {@link RouteRequest#pathParams()}.
     */
    String pattern();

    /** The template to render, a path such as {@code example/item.ftl}; a theme may override it. */
    String template();

    /**
     * The data the template shows. Empty means "no such page" and the site answers 404. Never
     * throw for anything a visitor can type: answer empty instead.
     */
    Optional<Map<String, Object>> model(RouteRequest request);
}
