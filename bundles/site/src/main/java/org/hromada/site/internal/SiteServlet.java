package org.hromada.site.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.Map;
import org.hromada.platform.api.site.SiteRoute;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.util.tracker.BundleTracker;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The public site at {@code /*} (more specific whiteboard patterns such as {@code /api/*} win).
 * OSGi glue only: it tracks routes and templates bundles, and copies the handler's answers out.
 */
@Component(service = Servlet.class, immediate = true, property = {
        "osgi.http.whiteboard.servlet.pattern=/*",
        "osgi.http.whiteboard.servlet.name=hromada-site"})
public class SiteServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SiteServlet.class);
    /** FreeMarker's and the messages' look at the theme files at most this often. */
    private static final long THEME_CHECK_MILLIS = 1000;

    private final transient RouteTable routes = new RouteTable();
    private transient volatile SiteHandler handler;
    private transient BundleTracker<BundleFolder> templateBundles;

    @Activate
    void activate(BundleContext context) {
        SiteSettings settings = SiteSettings.from(context::getProperty);
        ThemeLayers layers = ThemeLayers.of(settings.themesDir(), settings.theme());
        if (settings.themesDir() == null) {
            LOG.warn("No themes folder ({} unset): pages use bundle templates only", SiteSettings.THEMES_DIR);
        } else if (!ThemeLayers.DEFAULT_THEME.equals(settings.theme()) && layers.themes().size() < 2) {
            LOG.warn("Theme '{}' not found in {}: using the default theme", settings.theme(), settings.themesDir());
        }
        TemplateEngine templates = new TemplateEngine(layers::templateFolders, THEME_CHECK_MILLIS);
        Messages messages = new Messages(layers::messageFolders, THEME_CHECK_MILLIS);
        StaticAssets assets = new StaticAssets(layers.staticFolders());
        handler = new SiteHandler(routes, templates, messages, assets, settings.siteName(), Clock.systemUTC());
        templateBundles = new BundleTracker<>(context, Bundle.ACTIVE, new TemplateBundles(layers, () -> {
            templates.clearCache();
            messages.refresh();
        }));
        templateBundles.open();
        LOG.info("Site ready: themes {}, routes {}", layers.themes(), routes.size());
    }

    @Deactivate
    void deactivate() {
        templateBundles.close();
    }

    @Reference(service = SiteRoute.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindRoute", updated = "updatedRoute")
    void bindRoute(SiteRoute route, Map<String, Object> properties) {
        try {
            routes.add(route, ranking(properties), (Long) properties.get(Constants.SERVICE_ID));
        } catch (RuntimeException e) { // a route's own bug must not stop the site
            LOG.error("Route {} ignored: {}", route.getClass().getName(), e.getMessage());
        }
    }

    void updatedRoute(SiteRoute route, Map<String, Object> properties) {
        bindRoute(route, properties); // a new ranking re-sorts it
    }

    void unbindRoute(SiteRoute route, Map<String, Object> properties) {
        routes.remove((Long) properties.get(Constants.SERVICE_ID));
    }

    private static int ranking(Map<String, Object> properties) {
        return properties.get(Constants.SERVICE_RANKING) instanceof Integer ranking ? ranking : 0;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String method = request.getMethod();
        boolean read = "GET".equals(method) || "HEAD".equals(method);
        String rawPath = request.getRequestURI().substring(request.getContextPath().length());
        SiteRequest site = new SiteRequest(method, rawPath, request.getQueryString(),
                read ? QueryStrings.parse(request.getQueryString()) : Map.of(), request.getHeader("If-None-Match"));
        write(handler.handle(site), response, "HEAD".equals(method));
    }

    private static void write(SiteResponse answer, HttpServletResponse response, boolean head) throws IOException {
        response.setStatus(answer.status());
        answer.headers().forEach((name, value) -> {
            switch (name) {
                case "Content-Type" -> response.setContentType(value);
                case "Content-Length" -> response.setContentLengthLong(Long.parseLong(value));
                default -> response.setHeader(name, value);
            }
        });
        if (answer.file() != null) {
            if (!head) {
                try (OutputStream out = response.getOutputStream()) {
                    Files.copy(answer.file(), out);
                }
            }
            return;
        }
        if (answer.status() != 304) {
            response.setContentLength(answer.body().length);
        }
        if (!head && answer.body().length > 0) {
            response.getOutputStream().write(answer.body());
        }
    }
}
