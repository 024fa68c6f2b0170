package org.hromada.requests.internal.site;

import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.requests.internal.attachments.Attachments;
import org.hromada.requests.internal.office.OfficeBook;
import org.hromada.requests.internal.office.OfficeModel;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /request-information}: the procedure in plain words, where to send a request, and the empty form. */
@Component(service = SiteRoute.class)
public class RequestFormPage implements SiteRoute {
    static final String TEMPLATE = "requests/form.ftl";

    private final Attachments attachments;
    @Reference
    private OfficeBook office;

    @Activate
    public RequestFormPage(@Reference Attachments attachments) {
        this.attachments = attachments;
    }

    @Override
    public String pattern() {
        return SitePaths.FORM;
    }

    @Override
    public String template() {
        return TEMPLATE;
    }

    @Override
    public Optional<Map<String, Object>> model(RouteRequest request) {
        return Optional.of(OfficeModel.with(PublicRequestForm.empty().model(attachments.settings()), office,
                request.language()));
    }
}
