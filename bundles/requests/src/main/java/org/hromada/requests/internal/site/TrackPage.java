package org.hromada.requests.internal.site;

import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.requests.internal.office.OfficeBook;
import org.hromada.requests.internal.office.OfficeModel;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /request-information/track}: the form asking for the number and the tracking code. */
@Component(service = SiteRoute.class)
public class TrackPage implements SiteRoute {
    static final String TEMPLATE = "requests/track.ftl";

    @Reference
    private OfficeBook office;

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
        return Optional.of(OfficeModel.with(TrackModel.form("", Map.of()), office, request.language()));
    }
}
