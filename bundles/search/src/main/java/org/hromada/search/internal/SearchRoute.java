package org.hromada.search.internal;

import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The public search page, {@code /search} and {@code /en/search} ({@code ?q=&type=&page=}): the results in
 * the page's language. Whatever is typed shows a page (see {@link SearchPageQuery}), never an error.
 */
@Component(service = SiteRoute.class)
public class SearchRoute implements SiteRoute {
    static final String TEMPLATE = "search/results.ftl";

    private final SearchEngine engine;

    @Activate
    public SearchRoute(@Reference SearchEngine engine) {
        this.engine = engine;
    }

    @Override
    public String pattern() {
        return "/search";
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        var types = engine.types();
        return Optional.of(SearchPage.model(SearchPageQuery.of(request, types), request.language(), types,
                engine::search));
    }
}
