package org.hromada.site.internal;

import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Component;

/**
 * The home page until a content bundle publishes its own route for {@code /}. Ranked low on
 * purpose: any other home route, even one without a ranking, replaces it.
 */
@Component(service = SiteRoute.class, property = "service.ranking:Integer=-1000")
public class HomeRoute implements SiteRoute {

    @Override
    public String pattern() {
        return "/";
    }

    @Override
    public String template() {
        return "index.ftl";
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        return Optional.of(Map.of());
    }
}
