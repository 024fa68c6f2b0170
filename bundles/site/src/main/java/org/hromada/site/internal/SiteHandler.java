package org.hromada.site.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteRoute;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one request of the public site: a static file, a redirect to the one spelling of a path,
 * a route's page, a themed 404, or a themed 500 that shows only an incident id. Plain Java, so
 * every answer can be tested without a container.
 */
final class SiteHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SiteHandler.class);
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";
    private static final ZoneId KYIV = ZoneId.of("Europe/Kiev");

    private final RouteTable routes;
    private final TemplateEngine templates;
    private final Messages messages;
    private final StaticAssets assets;
    private final String siteName;
    private final Clock clock;

    SiteHandler(RouteTable routes, TemplateEngine templates, Messages messages, StaticAssets assets,
                String siteName, Clock clock) {
        this.routes = routes;
        this.templates = templates;
        this.messages = messages;
        this.assets = assets;
        this.siteName = siteName;
        this.clock = clock;
    }

    SiteResponse handle(SiteRequest request) {
        if (!"GET".equals(request.method()) && !"HEAD".equals(request.method())) {
            return new SiteResponse(405).header("Allow", "GET, HEAD");
        }
        String raw = request.rawPath() == null || request.rawPath().isEmpty() ? "/" : request.rawPath();
        if (raw.startsWith(StaticAssets.PREFIX)) {
            return staticFile(assets.lookup(raw.substring(StaticAssets.PREFIX.length())), request)
                    .orElseGet(() -> notFound(contextOf(raw)));
        }
        if ("/favicon.ico".equals(raw)) { // browsers ask for it on their own: serve the theme's, if any
            Optional<SiteResponse> icon = staticFile(assets.lookup("favicon.ico"), request);
            if (icon.isPresent()) {
                return icon.get();
            }
        }
        RequestPath path = RequestPath.parse(raw, request.rawQuery());
        if (path instanceof RequestPath.Redirect redirect) {
            return SiteResponse.movedTo(redirect.location());
        }
        if (!(path instanceof RequestPath.Page page)) {
            return notFound(PageContext.unreadable(raw));
        }
        PageContext context = PageContext.of(page);
        Optional<RouteTable.Match> match = routes.resolve(page.segments());
        if (match.isEmpty()) {
            return notFound(context);
        }
        SiteRoute route = match.get().route();
        Optional<Map<String, Object>> model;
        try {
            model = route.model(new RouteRequest(context.path(), match.get().params(), request.query(),
                    context.language()));
        } catch (RuntimeException | LinkageError e) { // LinkageError: the route's bundle went away mid-call
            return serverError(context, e);
        }
        if (model == null || model.isEmpty()) {
            return notFound(context);
        }
        return page(200, route.template(), context, model.get());
    }

    private SiteResponse page(int status, String template, PageContext context, Map<String, ?> model) {
        try {
            return SiteResponse.html(status, context.language(), render(template, context, model));
        } catch (Exception | LinkageError | StackOverflowError e) {
            return serverError(context, e);
        }
    }

    private SiteResponse notFound(PageContext context) {
        return page(404, "404.ftl", context, Map.of());
    }

    /** Logs the failure under a fresh incident id and shows the visitor that id, nothing more. */
    private SiteResponse serverError(PageContext context, Throwable failure) {
        String incident = FallbackPages.newIncidentId();
        LOG.error("Incident {}: page {} failed", incident, context.url(), failure);
        String html;
        try {
            html = render("error.ftl", context, Map.of("incident", incident));
        } catch (Exception | LinkageError | StackOverflowError e) {
            LOG.error("Incident {}: error.ftl failed too", incident, e);
            html = FallbackPages.serverError(context.language(), incident);
        }
        return SiteResponse.html(500, context.language(), html).header("Cache-Control", "no-store");
    }

    private String render(String template, PageContext context, Map<String, ?> model) throws Exception {
        int year = LocalDate.now(clock.withZone(KYIV)).getYear();
        Map<String, Object> data = PageData.of(context, model, siteName, messages, assets, year);
        return templates.render(template, data, Messages.locale(context.language()));
    }

    private static Optional<SiteResponse> staticFile(StaticAssets.Lookup lookup, SiteRequest request) {
        if (lookup instanceof StaticAssets.Moved moved) {
            return Optional.of(SiteResponse.movedTo(moved.location()));
        }
        if (!(lookup instanceof StaticAssets.Found found)) {
            return Optional.empty();
        }
        String cache = found.immutable() ? IMMUTABLE : SHORT;
        if (etagMatches(request.ifNoneMatch(), found.etag())) {
            return Optional.of(new SiteResponse(304).header("ETag", found.etag()).header("Cache-Control", cache));
        }
        try {
            long size = Files.size(found.file());
            return Optional.of(new SiteResponse(200).header("Content-Type", found.contentType())
                    .header("Content-Length", Long.toString(size)).header("ETag", found.etag())
                    .header("Cache-Control", cache).file(found.file()));
        } catch (IOException e) {
            return Optional.empty(); // deleted a moment ago
        }
    }

    /** {@code If-None-Match}: {@code *} or a list of (possibly weak) tags; weak comparison, as RFC 9110 says for it. */
    static boolean etagMatches(String header, String etag) {
        if (header == null) {
            return false;
        }
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if ("*".equals(tag) || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static PageContext contextOf(String raw) {
        RequestPath path = RequestPath.parse(raw, null);
        return path instanceof RequestPath.Page page ? PageContext.of(page) : PageContext.unreadable(raw);
    }
}
