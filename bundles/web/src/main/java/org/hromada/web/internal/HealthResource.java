package org.hromada.web.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.health.HealthCheck;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;

/**
 * {@code GET /api/health}: 200 with {@code "status":"UP"} when every health check passes and every
 * bundle that ships with the server is active; 503 with {@code "DOWN"} otherwise. Bundles added
 * by integrators (deploy/) are listed when broken but do not take the server down.
 */
@Path("health")
public class HealthResource {
    private final BundleContext context;
    private final HealthChecks checks;

    HealthResource(BundleContext context, HealthChecks checks) {
        this.context = context;
        this.checks = checks;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response health() {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean up = true;
        boolean databaseSeen = false;
        for (HealthCheck check : checks.all()) {
            boolean ok = check.isUp();
            up &= ok;
            databaseSeen |= check.name().equals("database");
            body.put(check.name(), ok ? "UP" : "DOWN");
        }
        if (!databaseSeen) {
            body.put("database", "DOWN");
            up = false;
        }
        int active = 0;
        List<String> notActive = new ArrayList<>();
        List<String> deployedNotActive = new ArrayList<>();
        Bundle[] bundles = context.getBundles();
        for (Bundle bundle : bundles) {
            if (bundle.getState() == Bundle.ACTIVE) {
                active++;
            } else if (bundle.getHeaders().get(Constants.FRAGMENT_HOST) == null) {
                boolean shipped = bundle.getLocation().contains("/bundles/");
                (shipped ? notActive : deployedNotActive).add(bundle.getSymbolicName());
            }
        }
        up &= notActive.isEmpty();
        Map<String, Object> bundleReport = new LinkedHashMap<>();
        bundleReport.put("total", bundles.length);
        bundleReport.put("active", active);
        if (!notActive.isEmpty()) {
            bundleReport.put("notActive", notActive);
        }
        if (!deployedNotActive.isEmpty()) {
            bundleReport.put("deployedNotActive", deployedNotActive);
        }
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("status", up ? "UP" : "DOWN");
        report.putAll(body);
        report.put("bundles", bundleReport);
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(up ? 200 : 503).entity(report).cacheControl(noStore).build();
    }
}
