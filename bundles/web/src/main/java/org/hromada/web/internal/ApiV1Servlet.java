package org.hromada.web.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import jakarta.ws.rs.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.hromada.platform.api.health.HealthCheck;
import org.hromada.platform.api.security.Authenticator;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.web.internal.cache.PublicReadCache;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.ServiceTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The REST whiteboard: serves under {@code /api/v1} every service with
 * {@code osgi.jakartars.resource=true} (or {@code osgi.jakartars.extension=true} for providers),
 * whatever bundle publishes it. When such services come or go, a new Jersey application is built
 * and swapped in. Resources are tracked with a ServiceTracker, not DS references, so that a
 * resource never holds a reference back to its host.
 */
@Component(service = {Servlet.class, HealthCheck.class}, immediate = true, property = {
        "osgi.http.whiteboard.servlet.pattern=" + JaxrsResource.BASE_PATH + "/*",
        "osgi.http.whiteboard.servlet.name=hromada-api-v1",
        "osgi.http.whiteboard.servlet.asyncSupported=true"})
public class ApiV1Servlet extends SwappableJersey implements HealthCheck {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApiV1Servlet.class);
    /** Bundles starting together register many resources at once: build once for the burst. */
    private static final long DEBOUNCE_MS = 40;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile Authenticator authenticator;

    @Reference
    private MountedResources mounted;

    @Reference
    private PublicReadCache readCache;

    private transient ServiceTracker<Object, Object> tracker;
    private transient ScheduledExecutorService rebuilder;
    private transient volatile ScheduledFuture<?> scheduled;

    @Activate
    void activate(BundleContext context) throws InvalidSyntaxException {
        rebuilder = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "hromada-rest-whiteboard");
            t.setDaemon(true);
            return t;
        });
        String filter = "(|(" + JaxrsResource.RESOURCE + "=true)(" + JaxrsResource.EXTENSION + "=true))";
        tracker = new ServiceTracker<>(context, context.createFilter(filter), null) {
            @Override
            public Object addingService(ServiceReference<Object> reference) {
                Object service = super.addingService(reference);
                scheduleRebuild();
                return service;
            }

            @Override
            public void removedService(ServiceReference<Object> reference, Object service) {
                super.removedService(reference, service);
                scheduleRebuild();
            }
        };
        tracker.open(true);
        rebuild();
    }

    @Deactivate
    void deactivate() {
        tracker.close();
        rebuilder.shutdownNow();
    }

    @Override
    public String name() {
        return "api";
    }

    /** Up when the API serves every resource published so far (no rebuild is waiting). */
    @Override
    public boolean isUp() {
        ScheduledFuture<?> next = scheduled;
        return isServing() && (next == null || next.isDone());
    }

    private synchronized void scheduleRebuild() {
        if (rebuilder.isShutdown()) {
            return;
        }
        if (scheduled != null) {
            scheduled.cancel(false);
        }
        scheduled = rebuilder.schedule(this::rebuild, DEBOUNCE_MS, TimeUnit.MILLISECONDS);
    }

    private void rebuild() {
        Map<Bundle, List<Object>> byBundle = new LinkedHashMap<>();
        ServiceReference<Object>[] references = tracker.getServiceReferences();
        if (references != null) {
            for (ServiceReference<Object> reference : references) {
                Object service = tracker.getService(reference);
                if (service != null) {
                    byBundle.computeIfAbsent(reference.getBundle(), b -> new ArrayList<>()).add(service);
                }
            }
        }
        List<Object> components = byBundle.values().stream().flatMap(List::stream).toList();
        try {
            mount(components);
        } catch (Exception | LinkageError e) {
            // One bundle's broken resource must not keep every other bundle's API from updating.
            LOG.error("The REST API could not be built with every resource ({}); looking for the culprit", e.toString());
            mountWithout(byBundle);
        }
    }

    private void mount(List<Object> components) throws Exception {
        Set<Class<?>> resources = new HashSet<>();
        for (Object component : components) {
            if (component.getClass().isAnnotationPresent(Path.class)) {
                resources.add(component.getClass());
            }
        }
        swap(JerseyApplications.create("hromada-api-v1", components, () -> authenticator));
        mounted.update(resources);
        readCache.purge();
        LOG.info("REST API under {}: {} resources mounted", JaxrsResource.BASE_PATH, resources.size());
    }

    /** Public reads go through the cache; writes purge it. */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        readCache.serve(request, response, super::service);
    }

    private void mountWithout(Map<Bundle, List<Object>> byBundle) {
        List<Object> healthy = new ArrayList<>();
        byBundle.forEach((bundle, components) -> {
            try {
                JerseyApplications.validate(components);
                healthy.addAll(components);
            } catch (Exception | LinkageError e) {
                LOG.error("REST resources of bundle {} are not mounted: {}", bundle.getSymbolicName(), e.getMessage());
            }
        });
        try {
            mount(healthy);
        } catch (Exception | LinkageError e) {
            LOG.error("Could not rebuild the REST API; the previous one stays", e);
        }
    }

}
