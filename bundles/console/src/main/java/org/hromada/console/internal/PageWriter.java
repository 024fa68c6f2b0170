package org.hromada.console.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Writes HTML pages into the layout (or alone for htmx), the error pages, and redirects. */
final class PageWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category
    static final String LAYOUT = "hromada-console/layout.ftl";
    static final String ERROR = "hromada-console/error.ftl";

    private final ConsoleTemplates templates;
    private final ConsoleMessages messages;
    private final TemplateModel model;

    PageWriter(ConsoleTemplates templates, ConsoleMessages messages, TemplateModel model) {
        this.templates = templates;
        this.messages = messages;
        this.model = model;
    }

    /** A 303 to a console path (anything else goes to the dashboard); htmx gets HX-Redirect. */
    void redirect(Exchange x, String location) {
        String target = location.startsWith("/console") && !location.startsWith("//") ? location : SafeRedirect.HOME;
        if (x.htmxFragment()) {
            x.resp.setStatus(200);
            x.resp.setHeader("HX-Redirect", target);
            return;
        }
        x.resp.setStatus(303);
        x.resp.setHeader("Location", target);
    }

    /** The console's error page; plain text if even that fails. */
    void problem(Exchange x, int status, String messageKey, String ref, Object... args) throws IOException {
        Map<String, Object> m = new HashMap<>();
        m.put("status", status);
        m.put("message", messages.get(x.bundle(), x.lang, messageKey, args));
        m.put("ref", ref == null ? "" : ref);
        if (status == 503) {
            x.resp.setHeader("Retry-After", "30");
        }
        String title = switch (status) {
            case 403 -> "console.error.forbidden.title";
            case 404 -> "console.error.notFound.title";
            case 503 -> "console.error.unavailable.title";
            default -> status >= 500 ? "console.error.internal.title" : "console.error.title";
        };
        try {
            page(x, status, title, ERROR, m, true);
        } catch (IOException | RuntimeException e) {
            LOG.error("The console's error page failed", e);
            if (!x.resp.isCommitted()) {
                x.resp.resetBuffer();
                x.resp.setStatus(status);
                x.resp.setContentType("text/plain; charset=utf-8");
                x.resp.getWriter().write(status + (ref == null ? "" : " (" + ref + ")"));
            }
        }
    }

    /**
     * Renders a template into the layout (or alone for htmx); a failure of a section's template is
     * logged with a reference and answered with the friendly 500 page. {@code own}: a console
     * template, its messages the console's rather than the section's.
     */
    void page(Exchange x, int status, String titleKey, String template, Map<String, Object> sectionModel,
              boolean own) throws IOException {
        Bundle bundle = own ? null : x.bundle();
        String html;
        try {
            Map<String, Object> m = model.of(x, bundle, x.sectionBase(), sectionModel);
            String content = templates.render(template, m, Lang.locale(x.lang));
            if (x.htmxFragment()) {
                html = content;
            } else {
                m.put("content", ConsoleTemplates.markup(content));
                m.put("title", messages.get(x.bundle(), x.lang, titleKey));
                m.put("menu", model.menu(x));
                m.put("flash", model.takeFlash(x));
                m.put("status", status);
                html = templates.render(LAYOUT, m, Lang.locale(x.lang));
            }
        } catch (Exception e) {
            if (own && template.equals(ERROR)) {
                throw new IOException(e);
            }
            String ref = ErrorReference.create();
            LOG.error("Console template {} failed [ref {}]", template, ref, e);
            problem(x, 500, "console.error.internal", ref);
            return;
        }
        byte[] body = html.getBytes(StandardCharsets.UTF_8);
        x.resp.setStatus(status);
        x.resp.setContentType("text/html; charset=utf-8");
        x.resp.setContentLength(body.length);
        if (!"HEAD".equals(x.req.getMethod())) {
            x.resp.getOutputStream().write(body);
        }
    }
}
