package org.hromada.console.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hromada.platform.api.console.ConsoleFile;
import org.hromada.platform.api.security.Sessions;
import org.hromada.platform.api.web.BoundedUpload;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One console request from start to end: security headers, assets, the language switch, sign-in
 * and sign-out, the session and CSRF gate, then the dashboard or a section. The work is done by
 * {@link AssetHandler}, {@link SignInPages}, {@link SessionGate}, {@link Dashboard},
 * {@link SectionDispatch} and {@link PageWriter}; nothing a section does can leak a stack trace
 * to the browser.
 */
final class ConsoleHandler {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class);
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; frame-src 'self'; frame-ancestors 'self'; form-action 'self'; base-uri 'none'";

    private final Supplier<Sessions> sessions;
    private final ConsoleTemplates templates;
    private final ConsoleMessages messages;
    private final ConsoleServlet.Settings settings;
    private final AssetHandler assets;
    private final PageWriter pages;
    private final SignInPages signIn;
    private final SessionGate gate;
    private final Dashboard dashboard;
    private final SectionDispatch sections;

    ConsoleHandler(SectionRegistry registry, Supplier<Sessions> sessions, ConsoleTemplates templates,
                   ConsoleMessages messages, Assets assets, ConsoleServlet.Settings settings, Runnable afterWrite) {
        this.sessions = sessions;
        this.templates = templates;
        this.messages = messages;
        this.settings = settings;
        TemplateModel model = new TemplateModel(registry, templates, messages, assets, settings);
        this.assets = new AssetHandler(assets, messages);
        this.pages = new PageWriter(templates, messages, model);
        this.signIn = new SignInPages(messages, pages);
        this.gate = new SessionGate(new FormParams(settings, pages), signIn, pages);
        this.dashboard = new Dashboard(registry, templates, messages, model, pages);
        this.sections = new SectionDispatch(registry, new AnswerWriter(pages), pages, afterWrite);
    }

    void forget(long bundleId) {
        messages.forget(bundleId);
        templates.clearCache();
    }

    void forgetAll() {
        templates.clearCache();
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
            assets.serve(below.substring("/assets/".length()), req, resp);
            return;
        }
        Exchange x = new Exchange(req, resp, settings.siteUrl());
        try {
            route(x, below);
        } catch (RuntimeException | IOException e) {
            String ref = ErrorReference.create();
            LOG.error("Console request {} {} failed [ref {}]", req.getMethod(), path, ref, e);
            if (!resp.isCommitted()) {
                resp.reset();
                securityHeaders(resp);
                pages.problem(x, 500, "console.error.internal", ref);
            }
        } finally {
            BoundedUpload.deleteQuietly(x.files.stream().map(ConsoleFile::path).toList());
        }
    }

    static void securityHeaders(HttpServletResponse resp) {
        resp.setHeader("Cache-Control", "no-store");
        resp.setHeader("Content-Security-Policy", CSP);
        resp.setHeader("X-Content-Type-Options", "nosniff");
        resp.setHeader("Referrer-Policy", "same-origin");
        resp.setHeader("X-Frame-Options", "SAMEORIGIN");
    }

    /** {@code below}: the path after {@code /console}. */
    private void route(Exchange x, String below) throws IOException {
        if (below.equals("/lang")) {
            x.resp.addHeader("Set-Cookie", Cookies.lang(Lang.of(x.req.getParameter("to")), x.secure));
            pages.redirect(x, SafeRedirect.target(x.req.getParameter("back")));
            return;
        }
        Sessions s = sessions.get();
        if (s == null) {
            pages.problem(x, 503, "console.error.unavailable", null);
            return;
        }
        if (Csrf.isUnsafe(x.req.getMethod())
                && !Csrf.originAllowed(x.req.getHeader("Origin"), x.req.getHeader("Host"), settings.siteUrl())) {
            pages.problem(x, 403, "console.error.csrf", null);
            return;
        }
        if (below.equals("/sign-in")) {
            signIn.signIn(x, s);
            return;
        }
        Map<String, List<String>> params = gate.pass(x, s, below);
        if (params == null) {
            return;
        }
        if (below.equals("/sign-out")) {
            signIn.signOut(x, s);
        } else if (below.isEmpty() || below.equals("/")) {
            dashboard.show(x);
        } else {
            sections.dispatch(x, below, params);
        }
    }
}
