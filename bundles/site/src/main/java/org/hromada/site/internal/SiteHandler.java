package org.hromada.site.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.hromada.platform.api.site.Feed;
import org.hromada.platform.api.site.FormAnswer;
import org.hromada.platform.api.site.FormSubmission;
import org.hromada.platform.api.site.RouteRequest;
import org.hromada.platform.api.site.SiteFeed;
import org.hromada.platform.api.site.SiteForm;
import org.hromada.platform.api.site.SiteRoute;
import org.hromada.platform.api.site.SitemapSource;
import org.hromada.platform.api.web.EntityTags;
import org.hromada.platform.api.web.MultipartReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers one request of the public site: a static file, {@code robots.txt}, the sitemap, a redirect
 * to the one spelling of a path, a feed, a route's page, a themed 404, or a themed 500 that shows only
 * an incident id. Pages, feeds and the sitemap come from the {@link PageCache} when they can. Plain
 * Java, so every answer can be tested without a container.
 */
final class SiteHandler {
    private static final Logger LOG = LoggerFactory.getLogger(SiteHandler.class);
    static final String IMMUTABLE = "public, max-age=31536000, immutable";
    static final String SHORT = "public, max-age=300";

    private final SiteSources sources;
    private final PageRenderer renderer;
    private final Messages messages;
    private final StaticAssets assets;
    private final PageCache cache;
    private final BooleanSupplier themeChanged;
    private final SiteSettings settings;
    private final Clock clock;

    SiteHandler(SiteSources sources, PageRenderer renderer, StaticAssets assets,
                PageCache cache, BooleanSupplier themeChanged, SiteSettings settings, Clock clock) {
        this.sources = sources;
        this.renderer = renderer;
        this.messages = renderer.messages();
        this.assets = assets;
        this.cache = cache;
        this.themeChanged = themeChanged;
        this.settings = settings;
        this.clock = clock;
    }

    SiteResponse handle(SiteRequest request) {
        if ("POST".equals(request.method())) {
            return post(request);
        }
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
        if (themeChanged.getAsBoolean()) {
            cache.purge();
        }
        String origin = origin(request);
        if ("/robots.txt".equals(raw)) {
            return SiteResponse.text(RobotsTxt.of(origin)).header("Cache-Control", SHORT);
        }
        if ("/sitemap.xml".equals(raw)) {
            return cached("sitemap " + origin, request, () -> sitemap(origin));
        }
        RequestPath path = RequestPath.parse(raw, request.rawQuery());
        if (path instanceof RequestPath.Redirect redirect) {
            return SiteResponse.movedTo(redirect.location());
        }
        if (!(path instanceof RequestPath.Page page)) {
            return notFound(PageContext.unreadable(raw));
        }
        PageContext context = PageContext.of(page);
        String key = page.url() + (request.rawQuery() == null ? "" : "?" + request.rawQuery());
        Optional<RouteTable.Match<SiteFeed>> feed = sources.feeds().resolve(page.segments());
        if (feed.isPresent()) {
            return cached("feed " + origin + key, request, () -> feed(feed.get(), context, request, origin));
        }
        Optional<RouteTable.Match<SiteRoute>> match = sources.routes().resolve(page.segments());
        if (match.isEmpty()) {
            return notFound(context);
        }
        return cached(key, request, () -> page(match.get(), context, request));
    }

    /**
     * A POST: only to a form's path, from this site, url-encoded, within {@link PostBody#LIMIT}; each refusal
     * is a themed page. The form's answer is rendered like any page, never cached.
     */
    private SiteResponse post(SiteRequest request) {
        String raw = request.rawPath() == null || request.rawPath().isEmpty() ? "/" : request.rawPath();
        RequestPath path = RequestPath.parse(raw, null);
        PageContext context = path instanceof RequestPath.Page page ? PageContext.of(page) : PageContext.unreadable(raw);
        Optional<RouteTable.Match<SiteForm>> form = path instanceof RequestPath.Page page
                ? sources.forms().resolve(page.segments()) : Optional.empty();
        PostBody body = request.post();
        if (form.isEmpty() || body == null) {
            return refused(405, context).header("Allow", "GET, HEAD");
        }
        if (!sameSite(body.originHeader(), request)) {
            return refused(403, context);
        }
        if (body.tooLarge()) {
            return refused(413, context);
        }
        if (MultipartForm.is(body.contentType())) {
            return multipart(form.get(), body, context);
        }
        if (!body.urlEncoded()) {
            return refused(415, context);
        }
        return answer(form.get(), new FormSubmission(context.path(), form.get().params(), body.fields(),
                body.clientAddress(), context.language()), context);
    }

    /**
     * A POST with files, to a form that takes them: the body read within the form's limit (413 over it,
     * 400 when it breaks off), the temporary files deleted once the form answered.
     */
    private SiteResponse multipart(RouteTable.Match<SiteForm> form, PostBody body, PageContext context) {
        long limit;
        try {
            limit = form.route().maxUploadBytes();
        } catch (RuntimeException | LinkageError e) {
            return serverError(context, e);
        }
        if (limit <= 0 || body.multipart() == null) {
            return refused(415, context);
        }
        MultipartForm.Parsed parsed;
        try {
            parsed = body.multipart().read(limit);
        } catch (MultipartReader.TooLargeException e) {
            return refused(413, context, Map.of("files", true));
        } catch (MultipartReader.RefusedException e) { // broke off, not multipart as it claims, too many parts
            return refused(400, context);
        } catch (IOException e) {
            return serverError(context, e);
        }
        try {
            return answer(form, new FormSubmission(context.path(), form.params(), parsed.fields(), body.clientAddress(),
                    context.language(), parsed.files()), context);
        } finally {
            MultipartForm.delete(parsed.files());
        }
    }

    private SiteResponse answer(RouteTable.Match<SiteForm> form, FormSubmission submission, PageContext context) {
        FormAnswer answer;
        try {
            answer = form.route().submit(submission);
        } catch (RuntimeException | LinkageError e) { // the form's own bug, or its bundle went away mid-call
            return serverError(context, e);
        }
        if (answer == null) {
            return serverError(context, new IllegalStateException("The form answered nothing"));
        }
        SiteResponse response = page(answer.status(), answer.template(), context, answer.model())
                .header("Cache-Control", "no-store");
        answer.retryAfter().ifPresent(seconds -> response.header("Retry-After", Long.toString(seconds)));
        return response;
    }

    /**
     * Whether a POST comes from a page of this site: no {@code Origin} (older browsers, other clients; a
     * form of another site always sends one) or the address the request was sent to, or {@code site.url}.
     */
    private boolean sameSite(String originHeader, SiteRequest request) {
        if (originHeader == null) {
            return true;
        }
        String sent = originHeader.strip();
        return sent.equalsIgnoreCase(request.origin()) || !settings.siteUrl().isEmpty()
                && sent.equalsIgnoreCase(originOf(settings.siteUrl()));
    }

    /** {@code https://host[:port]} of a normalised {@code site.url}, which may end in a path prefix. */
    private static String originOf(String siteUrl) {
        int path = siteUrl.indexOf('/', siteUrl.indexOf("://") + 3);
        return path < 0 ? siteUrl : siteUrl.substring(0, path);
    }

    /** A themed page saying why the site did not take what was sent; never cached. */
    private SiteResponse refused(int status, PageContext context) {
        return refused(status, context, Map.of());
    }

    private SiteResponse refused(int status, PageContext context, Map<String, Object> more) {
        Map<String, Object> model = new java.util.HashMap<>(more);
        model.put("status", status);
        return page(status, "refused.ftl", context, model).header("Cache-Control", "no-store");
    }

    /** The cached answer, or a fresh one that is kept when it is a 200. */
    private SiteResponse cached(String key, SiteRequest request, Supplier<SiteResponse> render) {
        Optional<CachedPage> hit = cache.get(key);
        if (hit.isPresent()) {
            return CachedAnswers.of(hit.get(), request);
        }
        long generation = cache.generation();
        SiteResponse fresh = render.get();
        if (fresh.status() != 200) {
            return fresh;
        }
        CachedPage page = CachedPage.of(fresh.header("Content-Type"), fresh.header("Content-Language"),
                fresh.body(), clock.instant());
        cache.put(key, page, generation);
        return CachedAnswers.of(page, request);
    }

    private SiteResponse page(RouteTable.Match<SiteRoute> match, PageContext context, SiteRequest request) {
        SiteRoute route = match.route();
        Optional<Map<String, Object>> model;
        try {
            model = route.model(routeRequest(context, match.params(), request));
        } catch (RuntimeException | LinkageError e) { // LinkageError: the route's bundle went away mid-call
            return serverError(context, e);
        }
        if (model == null || model.isEmpty()) {
            return notFound(context);
        }
        return page(200, route.template(), context, model.get());
    }

    private SiteResponse feed(RouteTable.Match<SiteFeed> match, PageContext context, SiteRequest request,
                              String origin) {
        try {
            Optional<Feed> feed = match.route().feed(routeRequest(context, match.params(), request));
            if (feed == null || feed.isEmpty()) {
                return notFound(context);
            }
            String title = feedTitle(feed.get(), context.language());
            return SiteResponse.xml(FeedWriter.CONTENT_TYPE,
                    FeedWriter.atom(feed.get(), title, context.language(), origin, context.url()));
        } catch (RuntimeException | LinkageError e) {
            return serverError(context, e);
        }
    }

    /** The site's name, then each part of the feed's title: a message key, or text when no such key. */
    private String feedTitle(Feed feed, String language) {
        List<String> parts = new ArrayList<>();
        parts.add(siteName(language));
        for (String part : feed.title()) {
            parts.add(messages.get(language, part));
        }
        return String.join(" — ", parts);
    }

    private SiteResponse sitemap(String origin) {
        List<List<SitemapSource.Entry>> entries = new ArrayList<>();
        for (SitemapSource source : sources.sitemaps().get()) {
            try {
                entries.add(source.entries());
            } catch (RuntimeException | LinkageError e) { // one bundle's failure must not hide the others
                LOG.error("Sitemap source {} failed", source.getClass().getName(), e);
            }
        }
        Map<String, Instant> urls = SitemapWriter.collect(entries);
        if (urls.size() >= SitemapWriter.MAX_URLS) {
            LOG.warn("The sitemap holds its maximum of {} URLs; some pages are left out", SitemapWriter.MAX_URLS);
        }
        return SiteResponse.xml(SitemapWriter.CONTENT_TYPE, SitemapWriter.xml(urls, origin));
    }

    private static RouteRequest routeRequest(PageContext context, Map<String, String> params, SiteRequest request) {
        return new RouteRequest(context.path(), params, request.query(), context.language());
    }

    /** {@code site.url} when configured, else the address the client used. */
    private String origin(SiteRequest request) {
        return settings.siteUrl().isEmpty() ? request.origin() : settings.siteUrl();
    }

    private String siteName(String language) {
        String name = settings.siteName();
        return name == null ? messages.get(language, "site.name") : name;
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
        return renderer.render(template, context, model);
    }

    private static Optional<SiteResponse> staticFile(StaticAssets.Lookup lookup, SiteRequest request) {
        if (lookup instanceof StaticAssets.Moved moved) {
            return Optional.of(SiteResponse.movedTo(moved.location()));
        }
        if (!(lookup instanceof StaticAssets.Found found)) {
            return Optional.empty();
        }
        String cache = found.immutable() ? IMMUTABLE : SHORT;
        if (EntityTags.matches(request.ifNoneMatch(), found.etag())) {
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

    private static PageContext contextOf(String raw) {
        RequestPath path = RequestPath.parse(raw, null);
        return path instanceof RequestPath.Page page ? PageContext.of(page) : PageContext.unreadable(raw);
    }
}
