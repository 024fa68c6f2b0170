package org.hromada.requests.internal.site;

import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.service.component.annotations.Component;

/** {@code /request-information/track}: the form asking for the number and the tracking code. */
@Component(service = SiteRoute.class)
public class TrackPage implements SiteRoute {
    static final String TEMPLATE = "requests/track.ftl";

    @Override
    public String pattern() {
        return SitePaths.TRACK;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        return Optional.of(TrackModel.form("", Map.of()));
    }
}
