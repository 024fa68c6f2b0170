package org.hromada.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import java.util.List;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Everything under {@code /api} that is not {@code /api/v1}: the health report, the OpenAPI
 * document, and problem+json 404s for unknown paths.
 */
@Component(service = Servlet.class, immediate = true, property = {
        "osgi.http.whiteboard.servlet.pattern=/api/*",
        "osgi.http.whiteboard.servlet.name=hromada-api-root"})
public class ApiRootServlet extends SwappableJersey {
    private static final long serialVersionUID = 1L;

    @Reference
    private HealthChecks checks;

    @Reference
    private MountedResources mounted;

    @Activate
    void activate(BundleContext context) throws ServletException {
        String version = context.getBundle().getVersion().toString();
        swap(JerseyApplications.create("hromada-api-root",
                List.of(new HealthResource(context, checks), new OpenApiResource(mounted, version)), () -> null));
    }
}
