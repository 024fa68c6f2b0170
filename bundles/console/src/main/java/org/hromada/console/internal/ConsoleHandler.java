package org.hromada.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.hromada.platform.api.console.ConsoleWidget;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Session;
import org.hromada.platform.api.security.Sessions;
import org.hromada.platform.api.security.SignIn;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console request from start to end: security headers, assets, the language switch, sign-in
 * and sign-out, the session, the CSRF check, then the dashboard or a section, and the answer
 * rendered into the layout. Nothing a section does can leak a stack trace to the browser.
 */
final class ConsoleHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class);
    static final String LAYOUT = "hromada-console/layout.ftl";
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'";

    private final SectionRegistry registry;
    private final Supplier<Sessions> sessions;
    private final ConsoleTemplates templates;
    private final ConsoleMessages messages;
    private final Assets assets;
    private final ConsoleServlet.Settings settings;

    private final Runnable afterWrite;

    ConsoleHandler(SectionRegistry registry, Supplier<Sessions> sessions, ConsoleTemplates templates,
                   ConsoleMessages messages, Assets assets, ConsoleServlet.Settings settings, Runnable afterWrite) {
        this.afterWrite = afterWrite;
        this.registry = registry;
        this.sessions = sessions;
        this.templates = templates;
        this.messages = messages;
        this.assets = assets;
        this.settings = settings;
    }

    void forget(long bundleId) {
        messages.forget(bundleId);
        templates.clearCache();
    }

    void forgetAll() {
        templates.clearCache();
    }

    /** Everything the rendering of one request needs to know. */
    private final class Ctx {
        final HttpServletRequest req;
        final HttpServletResponse resp;
        final String lang;
        final boolean secure;
        Session session;
        Identity identity;
        String csrfToken = "";
        SectionRegistry.Entry<ConsoleSection> section;
        String sectionId;
        List<ConsoleFile> files = List.of();

        Ctx(HttpServletRequest req, HttpServletResponse resp) {
            this.req = req;
            this.resp = resp;
            this.lang = Lang.of(Cookies.read(req.getHeader("Cookie"), Cookies.LANG));
            this.secure = req.isSecure() || settings.siteUrl().startsWith("https:");
        }

        Bundle bundle() {
            return section == null ? null : section.bundle();
        }

        String sectionBase() {
            return sectionId == null ? "/console" : "/console/" + sectionId;
        }

        boolean htmxFragment() {
            return req.getHeader("HX-Request") != null && req.getHeader("HX-Boosted") == null;
        }
    }

    void handle(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        securityHeaders(resp);
        String path = req.getServletPath() + (req.getPathInfo() == null ? "" : req.getPathInfo());
        if (!path.startsWith("/console")) {
            resp.sendError(404);
            return;
        }
        if (path.equals("/console")) {
            String q = req.getQueryString();
            resp.setStatus(301);
            resp.setHeader("Location", "/console/" + (q == null ? "" : "?" + q));
            return;
        }
        String below = path.substring("/console".length());
        if (below.startsWith("/assets/")) {
            asset(below.substring("/assets/".length()), req, resp);
            return;
        }
        Ctx c = new Ctx(req, resp);
        try {
            route(c, below);
        } catch (RuntimeException | IOException e) {
            String ref = reference();
            LOG.error("Console request {} {} failed [ref {}]", req.getMethod(), path, ref, e);
            if (!resp.isCommitted()) {
                resp.reset();
                securityHeaders(resp);
                problemPage(c, 500, "console.error.internal", ref);
            }
        } finally {
            Multipart.delete(c.files);
        }
    }

    static void securityHeaders(HttpServletResponse resp) {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");
    }

    private void route(Ctx c, String below) throws IOException {
        String method = c.req.getMethod();
        if (below.equals("/lang")) {
            String to = Lang.of(c.req.getParameter("to"));
            c.resp.addHeader("Set-Cookie", Cookies.lang(to, c.secure));
            redirect(c, SafeRedirect.target(c.req.getParameter("back")));
            return;
        }
        Sessions s = sessions.get();
        if (s == null) {
            problemPage(c, 503, "console.error.unavailable", null);
            return;
        }
        if (Csrf.isUnsafe(method) && !Csrf.originAllowed(c.req.getHeader("Origin"), c.req.getHeader("Host"), settings.siteUrl())) {
            problemPage(c, 403, "console.error.csrf", null);
            return;
        }
        if (below.equals("/sign-in")) {
            signIn(c, s);
            return;
        }
        String sessionId = Cookies.read(c.req.getHeader("Cookie"), Cookies.SESSION);
        Optional<Session> session = sessionId == null || sessionId.isEmpty() ? Optional.empty() : s.resume(sessionId);
        if (session.isEmpty()) {
            if (sessionId != null) {
                c.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.SESSION, c.secure));
            }
            toSignIn(c, below);
            return;
        }
        c.session = session.get();
        c.identity = c.session.identity().via(Channels.CONSOLE);
        c.csrfToken = c.session.csrfToken();

        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!readParams(c, params)) {
            return;
        }
        if (Csrf.isUnsafe(method)) {
            List<String> field = params.get(Csrf.FIELD);
            String sent = Csrf.sent(c.req.getHeader(Csrf.HEADER), field == null || field.isEmpty() ? null : field.get(0));
            if (!Csrf.matches(c.csrfToken, sent)) {
                LOG.warn("CSRF token missing or wrong: {} {} by {}", method, below, c.identity.username());
                problemPage(c, 403, "console.error.csrf", null);
                return;
            }
        }
        params.remove(Csrf.FIELD);
        if (below.equals("/sign-out")) {
            if (!"POST".equals(method)) {
                problemPage(c, 405, "console.error.method", null);
                return;
            }
            s.end(c.session.id());
            c.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.SESSION, c.secure));
            c.resp.addHeader("Set-Cookie", Cookies.flash(new Flash(Flash.CONSOLE, "console.signOut.done").encode(), c.secure));
            redirect(c, "/console/sign-in");
            return;
        }
        if (below.isEmpty() || below.equals("/")) {
            dashboard(c);
            return;
        }
        Optional<SectionRegistry.Route> route = registry.route(below);
        if (route.isEmpty()) {
            problemPage(c, 404, "console.error.notFound", null);
            return;
        }
        c.section = route.get().section();
        c.sectionId = route.get().id();
        ConsoleSection section = c.section.service();
        if (!SectionRegistry.allowed(c.identity, roles(section))) {
            problemPage(c, 403, "console.error.forbidden", null);
            return;
        }
        ConsoleRequest request = new ConsoleRequest("HEAD".equals(method) ? "GET" : method, route.get().rest(), params,
                c.files, c.identity, Lang.locale(c.lang), c.sectionBase());
        ConsoleResponse answer;
        try {
            answer = section.handle(request);
        } catch (RuntimeException e) {
            String ref = reference();
            LOG.error("Console section '{}' failed on {} {} [ref {}]", c.sectionId, method, below, ref, e);
            problemPage(c, 500, "console.error.internal", ref);
            return;
        }
        if (request.isPost() && answer instanceof ConsoleResponse.Redirect) {
            // A section's write may change what the public sees, as an API write would: purge the caches.
            afterWrite.run();
        }
        answer(c, answer);
    }

    private static java.util.Set<String> roles(ConsoleSection section) {
        try {
            return section.roles();
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Query and form parameters (multipart into temp files); false when an error page was sent. */
    private boolean readParams(Ctx c, Map<String, List<String>> params) throws IOException {
        String type = c.req.getContentType();
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data") && Csrf.isUnsafe(c.req.getMethod())) {
            params.putAll(QueryString.parse(c.req.getQueryString()));
            try {
                Multipart.Parsed parsed = Multipart.parse(c.req.getInputStream(), type, c.req.getContentLengthLong(),
                        settings.uploadMax(), settings.tempDir());
                c.files = parsed.files();
                parsed.fields().forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            } catch (Multipart.TooLarge e) {
                problemPage(c, 413, "console.error.tooLarge", null, settings.uploadMax() / (1024 * 1024));
                return false;
            } catch (Multipart.Unreadable e) {
                problemPage(c, 400, "console.error.badRequest", null);
                return false;
            }
            return true;
        }
        if (type != null && type.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded")
                && Csrf.isUnsafe(c.req.getMethod())) {
            // Read here rather than by the server, whose form limit (200 kB) is too small for a long
            // article from the editor; the upload limit applies instead.
            params.putAll(QueryString.parse(c.req.getQueryString()));
            byte[] body = c.req.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 16, settings.uploadMax() + 1));
            if (body.length > settings.uploadMax()) {
                problemPage(c, 413, "console.error.tooLarge", null, settings.uploadMax() / (1024 * 1024));
                return false;
            }
            QueryString.parse(new String(body, StandardCharsets.UTF_8))
                    .forEach((k, v) -> params.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
            return true;
        }
        try {
            c.req.getParameterMap().forEach((k, v) -> params.put(k, List.of(v)));
        } catch (RuntimeException e) { // a form over the server's size limit or badly encoded
            LOG.warn("Console form unreadable: {}", e.getMessage());
            problemPage(c, 400, "console.error.badRequest", null);
            return false;
        }
        return true;
    }

    private void toSignIn(Ctx c, String below) throws IOException {
        String next = "/console" + below;
        if ("GET".equals(c.req.getMethod()) && c.req.getQueryString() != null) {
            next += "?" + c.req.getQueryString();
        }
        if (!"GET".equals(c.req.getMethod())) {
            next = "/console/";
        }
        String location = "/console/sign-in" + (SafeRedirect.target(next).equals(SafeRedirect.HOME) ? ""
                : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8));
        if (c.req.getHeader("HX-Request") != null) {
            c.resp.setStatus(401);
            c.resp.setHeader("HX-Redirect", location);
            return;
        }
        c.resp.setStatus(303);
        c.resp.setHeader("Location", location);
    }

    // ---- sign-in -------------------------------------------------------------------------------

    /**
     * Sign-in, defended against login CSRF by a double-submit token: the form carries a random
     * value that must equal the {@code hromada_signin_csrf} cookie (SameSite=Strict, HttpOnly), and
     * the Origin check above applies too.
     */
    private void signIn(Ctx c, Sessions s) throws IOException {
        String next = SafeRedirect.target(c.req.getParameter("next"));
        String token = Cookies.read(c.req.getHeader("Cookie"), Cookies.SIGN_IN_CSRF);
        if ("GET".equals(c.req.getMethod()) || "HEAD".equals(c.req.getMethod())) {
            String sessionId = Cookies.read(c.req.getHeader("Cookie"), Cookies.SESSION);
            if (sessionId != null && !sessionId.isEmpty() && s.resume(sessionId).isPresent()) {
                redirect(c, next);
                return;
            }
            signInForm(c, 200, next, "", null, token);
            return;
        }
        if (!"POST".equals(c.req.getMethod())) {
            problemPage(c, 405, "console.error.method", null);
            return;
        }
        String username = Optional.ofNullable(c.req.getParameter("username")).orElse("").strip();
        String password = Optional.ofNullable(c.req.getParameter("password")).orElse("");
        if (!Cookies.safeValue(token) || !Csrf.matches(token, c.req.getParameter(Csrf.FIELD))) {
            signInForm(c, 403, next, username, "console.signIn.expired", null);
            return;
        }
        if (username.isEmpty() || password.isEmpty()) {
            signInForm(c, 422, next, username, "console.signIn.missing", token);
            return;
        }
        SignIn result = s.signIn(username, password, c.req.getRemoteAddr());
        if (result instanceof SignIn.Success success) {
            c.resp.addHeader("Set-Cookie", Cookies.session(success.session().id(), c.secure));
            c.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.SIGN_IN_CSRF, c.secure));
            redirect(c, next);
        } else if (result instanceof SignIn.Throttled throttled) {
            Duration wait = throttled.retryAfter() == null || throttled.retryAfter().isNegative()
                    ? Duration.ofMinutes(1) : throttled.retryAfter();
            long seconds = Math.max(1, wait.toSeconds());
            c.resp.setHeader("Retry-After", Long.toString(seconds));
            long minutes = Math.max(1, (seconds + 59) / 60);
            signInForm(c, 429, next, username, "console.signIn.throttled", token, minutes);
        } else {
            signInForm(c, 401, next, username, "console.signIn.refused", token);
        }
    }

    private void signInForm(Ctx c, int status, String next, String username, String errorKey, String token,
                            Object... errorArgs) throws IOException {
        String t = Cookies.safeValue(token) && token != null && !token.isEmpty() ? token : Csrf.newToken();
        c.resp.addHeader("Set-Cookie", Cookies.signInCsrf(t, c.secure));
        c.csrfToken = t;
        Map<String, Object> model = new HashMap<>();
        model.put("next", next);
        model.put("username", username);
        model.put("error", errorKey == null ? "" : messages.get(null, c.lang, errorKey, errorArgs));
        page(c, status, "console.signIn.title", "hromada-console/sign-in.ftl", model, true);
    }

    // ---- dashboard -----------------------------------------------------------------------------

    private void dashboard(Ctx c) throws IOException {
        List<Map<String, Object>> boxes = new ArrayList<>();
        ConsoleRequest request = new ConsoleRequest("GET", "", Map.of(), List.of(), c.identity, Lang.locale(c.lang), "/console");
        for (SectionRegistry.Entry<ConsoleWidget> w : registry.widgets(c.identity)) {
            try {
                Optional<ConsoleResponse.Page> page = w.service().render(request);
                if (page == null || page.isEmpty()) {
                    continue;
                }
                String html = templates.render(ConsoleTemplateLoader.nameIn(w.bundle(), page.get().template()),
                        model(c, w.bundle(), "/console", page.get().model()), Lang.locale(c.lang));
                Map<String, Object> box = new HashMap<>();
                box.put("id", "w-" + w.service().id().replaceAll("[^A-Za-z0-9_-]", "-"));
                box.put("title", messages.get(w.bundle(), c.lang, page.get().titleKey()));
                box.put("html", ConsoleTemplates.markup(html));
                boxes.add(box);
            } catch (Exception e) {
                LOG.error("Console widget {} of bundle {} skipped [ref {}]", safe(w.service()),
                        w.bundle().getSymbolicName(), reference(), e);
            }
        }
        page(c, 200, "console.dashboard.title", "hromada-console/dashboard.ftl", Map.of("widgets", boxes, "consoleHome", true), true);
    }

    private static String safe(ConsoleWidget w) {
        try {
            return w.id();
        } catch (RuntimeException e) {
            return w.getClass().getName();
        }
    }

    // ---- answers -------------------------------------------------------------------------------

    private void answer(Ctx c, ConsoleResponse answer) throws IOException {
        if (answer instanceof ConsoleResponse.Page p) {
            page(c, p.status(), p.titleKey(), ConsoleTemplateLoader.nameIn(c.bundle(), p.template()), p.model(), false);
        } else if (answer instanceof ConsoleResponse.Redirect r) {
            String location = r.location() == null || r.location().isEmpty() ? c.sectionBase() : r.location();
            if (r.flashKey() != null && !r.flashKey().isEmpty()) {
                String value = new Flash(c.sectionId, r.flashKey()).encode();
                if (value != null) {
                    c.resp.addHeader("Set-Cookie", Cookies.flash(value, c.secure));
                }
            }
            redirect(c, location);
        } else if (answer instanceof ConsoleResponse.Raw raw) {
            c.resp.setStatus(raw.status());
            c.resp.setContentType(raw.contentType() == null ? "application/octet-stream" : raw.contentType());
            byte[] body = raw.body() == null ? new byte[0] : raw.body();
            c.resp.setContentLength(body.length);
            if (!"HEAD".equals(c.req.getMethod())) {
                c.resp.getOutputStream().write(body);
            }
        } else if (answer instanceof ConsoleResponse.Problem problem) {
            problemPage(c, problem.status(), problem.messageKey(), null);
        } else {
            LOG.error("Section '{}' answered null", c.sectionId);
            problemPage(c, 500, "console.error.internal", reference());
        }
    }

    /** A 303 to a console path (anything else goes to the dashboard); htmx gets HX-Redirect. */
    private void redirect(Ctx c, String location) {
        String target = location.startsWith("/console") && !location.startsWith("//") ? location : SafeRedirect.HOME;
        if (c.htmxFragment()) {
            c.resp.setStatus(200);
            c.resp.setHeader("HX-Redirect", target);
            return;
        }
        c.resp.setStatus(303);
        c.resp.setHeader("Location", target);
    }

    private void problemPage(Ctx c, int status, String messageKey, String ref, Object... args) throws IOException {
        Map<String, Object> model = new HashMap<>();
        model.put("status", status);
        model.put("message", messages.get(c.bundle(), c.lang, messageKey, args));
        model.put("ref", ref == null ? "" : ref);
        if (status == 503) {
            c.resp.setHeader("Retry-After", "30");
        }
        String title = switch (status) {
            case 403 -> "console.error.forbidden.title";
            case 404 -> "console.error.notFound.title";
            case 503 -> "console.error.unavailable.title";
            default -> status >= 500 ? "console.error.internal.title" : "console.error.title";
        };
        try {
            page(c, status, title, "hromada-console/error.ftl", model, true);
        } catch (IOException | RuntimeException e) {
            LOG.error("The console's error page failed", e);
            if (!c.resp.isCommitted()) {
                c.resp.resetBuffer();
                c.resp.setStatus(status);
                c.resp.setContentType("text/plain; charset=utf-8");
                c.resp.getWriter().write(status + (ref == null ? "" : " (" + ref + ")"));
            }
        }
    }

    /**
     * Renders a template into the layout (or alone for htmx); a failure of a section's template is
     * logged with a reference and answered with the friendly 500 page.
     */
    private void page(Ctx c, int status, String titleKey, String template, Map<String, Object> sectionModel,
                      boolean own) throws IOException {
        Bundle bundle = own ? null : c.bundle();
        String html;
        try {
            Map<String, Object> m = model(c, bundle, c.sectionBase(), sectionModel);
            String content = templates.render(template, m, Lang.locale(c.lang));
            if (c.htmxFragment()) {
                html = content;
            } else {
                m.put("content", ConsoleTemplates.markup(content));
                m.put("title", messages.get(c.bundle(), c.lang, titleKey));
                m.put("menu", menu(c));
                m.put("flash", takeFlash(c));
                m.put("status", status);
                html = templates.render(LAYOUT, m, Lang.locale(c.lang));
            }
        } catch (Exception e) {
            if (own && template.equals("hromada-console/error.ftl")) {
                throw new IOException(e);
            }
            String ref = reference();
            LOG.error("Console template {} failed [ref {}]", template, ref, e);
            problemPage(c, 500, "console.error.internal", ref);
            return;
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        c.resp.setStatus(status);
        c.resp.setContentType("text/html; charset=utf-8");
        c.resp.setContentLength(body.length);
        if (!"HEAD".equals(c.req.getMethod())) {
            c.resp.getOutputStream().write(body);
        }
    }

    /** The model every template sees: the section's entries, then console, msg and consoleTime. */
    private Map<String, Object> model(Ctx c, Bundle bundle, String sectionBase, Map<String, Object> sectionModel) {
        Map<String, Object> m = new HashMap<>(sectionModel == null ? Map.of() : sectionModel);
        Map<String, Object> console = new HashMap<>();
        console.put("user", c.identity == null ? "" : c.identity.username());
        console.put("signedIn", c.identity != null);
        console.put("roles", c.identity == null ? List.of() : c.identity.roles().stream().sorted().toList());
        console.put("lang", c.lang);
        console.put("sectionBase", sectionBase);
        console.put("csrfToken", c.csrfToken == null ? "" : c.csrfToken);
        console.put("assets", assets.urls());
        console.put("siteName", settings.siteName() != null ? settings.siteName() : messages.get(null, c.lang, "console.siteName"));
        console.put("siteUrl", settings.siteUrl().isEmpty() ? "/" : settings.siteUrl() + "/");
        String here = c.req.getRequestURI() + (c.req.getQueryString() == null ? "" : "?" + c.req.getQueryString());
        String back = SafeRedirect.target(here);
        console.put("langUk", "/console/lang?to=uk&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        console.put("langEn", "/console/lang?to=en&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        console.put("section", c.sectionId == null ? "" : c.sectionId);
        m.put("console", console);
        m.put("msg", templates.msg(bundle, c.lang));
        m.put("consoleTime", ConsoleTemplates.consoleTime());
        return m;
    }

    private List<Map<String, Object>> menu(Ctx c) {
        if (c.identity == null) {
            return List.of();
        }
        List<Map<String, Object>> menu = new ArrayList<>();
        for (SectionRegistry.Entry<ConsoleSection> e : registry.menu(c.identity)) {
            try {
                String id = e.service().id();
                Map<String, Object> item = new HashMap<>();
                item.put("id", id);
                item.put("href", "/console/" + id + "/");
                item.put("label", messages.get(e.bundle(), c.lang, e.service().menuKey()));
                item.put("current", id.equals(c.sectionId));
                menu.add(item);
            } catch (RuntimeException ex) {
                LOG.warn("Console section of {} left out of the menu: {}", e.bundle().getSymbolicName(), ex.toString());
            }
        }
        return menu;
    }

    /** The flash message of the previous redirect, once: read, then the cookie is expired. */
    private String takeFlash(Ctx c) {
        Flash flash = Flash.decode(Cookies.read(c.req.getHeader("Cookie"), Cookies.FLASH));
        if (Cookies.read(c.req.getHeader("Cookie"), Cookies.FLASH) != null) {
            c.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.FLASH, c.secure));
        }
        if (flash == null) {
            return "";
        }
        Bundle bundle = Flash.CONSOLE.equals(flash.scope()) ? null
                : registry.section(flash.scope()).map(SectionRegistry.Entry::bundle).orElse(null);
        return messages.get(bundle, c.lang, flash.key());
    }

    // ---- assets --------------------------------------------------------------------------------

    private void asset(String path, HttpServletRequest req, HttpServletResponse resp) throws IOException {
        if (!("GET".equals(req.getMethod()) || "HEAD".equals(req.getMethod()))) {
            resp.setStatus(405);
            return;
        }
        Assets.Asset a;
        int slash = path.indexOf('/');
        if (slash > 0 && path.substring(slash + 1).equals("tinymce-i18n.js")) {
            String lang = Lang.of(req.getParameter("lang"));
            String cache = path.substring(0, slash).equals(assets.stamp()) ? Assets.LONG_CACHE : "no-cache";
            a = new Assets.Asset(Assets.utf8(Assets.tinymceI18n(lang, messages)), "text/javascript; charset=utf-8", cache);
        } else {
            a = assets.find(path);
        }
        if (a == null) {
            resp.setStatus(404);
            resp.setContentType("text/plain; charset=utf-8");
            resp.getWriter().write("Not found");
            return;
        }
        resp.setStatus(200);
        resp.setHeader("Cache-Control", a.cacheControl());
        resp.setContentType(a.contentType());
        resp.setContentLength(a.body().length);
        if (!"HEAD".equals(req.getMethod())) {
            resp.getOutputStream().write(a.body());
        }
    }

    static String reference() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
