package org.hromada.site.internal;

import jakarta.servlet.Servlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hromada.platform.api.site.SiteFeed;
import org.hromada.platform.api.site.SiteForm;
import org.hromada.platform.api.site.SitePreview;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.platform.api.site.SiteMenuItem;
import org.hromada.platform.api.site.SitemapSource;
import org.hromada.platform.api.web.BoundedUpload;
import org.hromada.platform.api.web.MultipartReader;
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
 * OSGi glue only: it tracks routes, feeds, sitemap sources and templates bundles (any change purges
 * the page cache), and copies the handler's answers out. It also serves as the {@link SitePreview}:
 * previews go through the same {@link PageRenderer} (theme layers, layout, messages, page context)
 * as requests, but never through the page cache.
 */
@Component(service = {Servlet.class, SitePreview.class}, immediate = true, property = {
        "osgi.http.whiteboard.servlet.pattern=/*",
        "osgi.http.whiteboard.servlet.name=hromada-site"})
public class SiteServlet extends HttpServlet implements SitePreview {
    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(SiteServlet.class);
    /** FreeMarker's and the messages' look at the theme files at most this often. */
    private static final long THEME_CHECK_MILLIS = 1000;

    private final transient RouteTable<SiteRoute> routes = new RouteTable<>(SiteRoute::pattern);
    private final transient RouteTable<SiteFeed> feeds = new RouteTable<>(SiteFeed::pattern);
    private final transient RouteTable<SiteForm> forms = new RouteTable<>(SiteForm::pattern);
    private final transient List<SitemapSource> sitemaps = new CopyOnWriteArrayList<>();
    private final transient List<SiteMenuItem> menu = new CopyOnWriteArrayList<>();
    private transient volatile SiteHandler handler;
    private transient volatile PageRenderer renderer;

    @Reference
    private transient PageCache cache;
    private transient BundleTracker<BundleFolder> templateBundles;
    /** Where files sent with forms wait until the form answered: {@code <data.dir>/site/tmp}. */
    private transient java.nio.file.Path uploadDir;

    @Activate
    void activate(BundleContext context) {
        SiteSettings settings = SiteSettings.from(context::getProperty);
        String data = context.getProperty(org.hromada.platform.api.Hromada.DATA_DIR);
        uploadDir = java.nio.file.Path.of(data == null || data.isBlank() ? "data" : data, "site", "tmp");
        BoundedUpload.deleteLeftovers(uploadDir);
        ThemeLayers layers = ThemeLayers.of(settings.themesDir(), settings.theme());
        if (settings.themesDir() == null) {
            LOG.warn("No themes folder ({} unset): pages use bundle templates only", SiteSettings.THEMES_DIR);
        } else if (!ThemeLayers.DEFAULT_THEME.equals(settings.theme()) && layers.themes().size() < 2) {
            LOG.warn("Theme '{}' not found in {}: using the default theme", settings.theme(), settings.themesDir());
        }
        TemplateEngine templates = new TemplateEngine(layers::templateFolders, THEME_CHECK_MILLIS);
        Messages messages = new Messages(layers::messageFolders, THEME_CHECK_MILLIS);
        StaticAssets assets = new StaticAssets(layers.staticFolders());
        ThemeStamp themeStamp = new ThemeStamp(layers.themes(), Clock.systemUTC(), THEME_CHECK_MILLIS);
        renderer = new PageRenderer(templates, messages, assets, settings.siteName(), Clock.systemUTC(),
                () -> List.copyOf(menu));
        handler = new SiteHandler(new SiteSources(routes, feeds, () -> List.copyOf(sitemaps), forms), renderer,
                assets, cache, themeStamp::changed, settings, Clock.systemUTC());
        templateBundles = new BundleTracker<>(context, Bundle.ACTIVE, new TemplateBundles(layers, () -> {
            templates.clearCache();
            messages.refresh();
            cache.purge();
        }));
        templateBundles.open();
        LOG.info("Site ready: themes {}, routes {}", layers.themes(), routes.size());
    }

    @Override
    public String render(String template, Map<String, Object> model, String path, Locale locale) {
        return preview(renderer, template, model, path, locale);
    }

    /** Renders a preview; a template failure becomes an unchecked exception with FreeMarker's message. */
    static String preview(PageRenderer renderer, String template, Map<String, Object> model, String path,
                          Locale locale) {
        String language = locale != null && RequestPath.EN.equals(locale.getLanguage()) ? RequestPath.EN : RequestPath.UK;
        try {
            return renderer.render(template, PageRenderer.contextOf(path, language), model == null ? Map.of() : model);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("Preview of " + template + " failed: " + e.getMessage(), e);
        }
    }

    @Deactivate
    void deactivate() {
        templateBundles.close();
    }

    @Reference(service = SiteRoute.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindRoute", updated = "updatedRoute")
    void bindRoute(SiteRoute route, Map<String, Object> properties) {
        add(routes, route, properties);
    }

    void updatedRoute(SiteRoute route, Map<String, Object> properties) {
        bindRoute(route, properties); // a new ranking re-sorts it
    }

    void unbindRoute(SiteRoute route, Map<String, Object> properties) {
        remove(routes, properties);
    }

    @Reference(service = SiteFeed.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindFeed", updated = "updatedFeed")
    void bindFeed(SiteFeed feed, Map<String, Object> properties) {
        add(feeds, feed, properties);
    }

    void updatedFeed(SiteFeed feed, Map<String, Object> properties) {
        bindFeed(feed, properties);
    }

    void unbindFeed(SiteFeed feed, Map<String, Object> properties) {
        remove(feeds, properties);
    }

    @Reference(service = SiteForm.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindForm", updated = "updatedForm")
    void bindForm(SiteForm form, Map<String, Object> properties) {
        add(forms, form, properties);
    }

    void updatedForm(SiteForm form, Map<String, Object> properties) {
        bindForm(form, properties);
    }

    void unbindForm(SiteForm form, Map<String, Object> properties) {
        remove(forms, properties);
    }

    @Reference(service = SitemapSource.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindSitemap")
    void bindSitemap(SitemapSource source) {
        sitemaps.add(source);
        purge();
    }

    void unbindSitemap(SitemapSource source) {
        sitemaps.remove(source);
        purge();
    }

    @Reference(service = SiteMenuItem.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, unbind = "unbindMenuItem")
    void bindMenuItem(SiteMenuItem item) {
        menu.add(item);
        purge();
    }

    void unbindMenuItem(SiteMenuItem item) {
        menu.remove(item);
        purge();
    }

    private <T> void add(RouteTable<T> table, T route, Map<String, Object> properties) {
        try {
            table.add(route, ranking(properties), (Long) properties.get(Constants.SERVICE_ID));
        } catch (RuntimeException e) { // a route's own bug must not stop the site
            LOG.error("Route {} ignored: {}", route.getClass().getName(), e.getMessage());
        }
        purge();
    }

    private void remove(RouteTable<?> table, Map<String, Object> properties) {
        table.remove((Long) properties.get(Constants.SERVICE_ID));
        purge();
    }

    /** Dynamic references may bind before the static cache reference is set. */
    private void purge() {
        PageCache current = cache;
        if (current != null) {
            current.purge();
        }
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
                read ? QueryStrings.parse(request.getQueryString()) : Map.of(), request.getHeader("If-None-Match"),
                request.getHeader("If-Modified-Since"), acceptsGzip(request.getHeader("Accept-Encoding")),
                origin(request), "POST".equals(method) ? postBody(request) : null);
        write(handler.handle(site), response, "HEAD".equals(method));
    }

    /**
     * The body of a POST, read up to {@link PostBody#LIMIT} (one byte more tells it was larger). The client
     * address is the container's: with {@code http.behind.proxy=true} Jetty takes it from X-Forwarded-For.
     */
    private PostBody postBody(HttpServletRequest request) throws IOException {
        if (MultipartForm.is(request.getContentType())) {
            return new PostBody(request.getContentType(), request.getHeader("Origin"), request.getRemoteAddr(),
                    new byte[0], false, maxBytes -> {
                        try (InputStream in = request.getInputStream()) {
                            try {
                                return MultipartForm.parse(in, request.getContentType(), request.getContentLengthLong(),
                                        maxBytes, uploadDir);
                            } catch (MultipartReader.TooLargeException e) {
                                drain(in, 4 * maxBytes);
                                throw e;
                            }
                        }
                    });
        }
        long declared = request.getContentLengthLong();
        byte[] bytes = new byte[0];
        boolean tooLarge = declared > PostBody.LIMIT;
        if (!tooLarge) {
            try (InputStream in = request.getInputStream()) {
                bytes = in.readNBytes(PostBody.LIMIT + 1);
            }
            tooLarge = bytes.length > PostBody.LIMIT;
        }
        return new PostBody(request.getContentType(), request.getHeader("Origin"), request.getRemoteAddr(),
                tooLarge ? new byte[0] : bytes, tooLarge);
    }

    /**
     * Reads what is left of a refused body, up to {@code limit}: a browser still sending its upload shows
     * "connection reset" instead of the themed 413 page when the server stops reading and closes.
     */
    private static void drain(InputStream in, long limit) {
        try {
            byte[] buffer = new byte[64 * 1024];
            long total = 0;
            int read;
            while (total < limit && (read = in.read(buffer)) >= 0) {
                total += read;
            }
        } catch (IOException e) {
            // the client went away: nothing more to do
        }
    }

    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String coding : acceptEncoding.split(",")) {
            String[] parts = coding.strip().split(";");
            if ("gzip".equalsIgnoreCase(parts[0].strip())) {
                return parts.length < 2 || !parts[1].replace(" ", "").matches("q=0(\\.0*)?");
            }
        }
        return false;
    }

    /** The scheme, host and port the client used (behind a proxy, as the forwarded headers say). */
    private static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
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
