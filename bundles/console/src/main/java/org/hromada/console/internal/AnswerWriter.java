package org.hromada.console.internal;

import java.io.IOException;
import org.hromada.platform.api.console.ConsoleResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns a section's {@link ConsoleResponse} (Page, Redirect with flash, Raw, Problem) into the HTTP answer. */
final class AnswerWriter {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category

    private final PageWriter pages;

    AnswerWriter(PageWriter pages) {
        this.pages = pages;
    }

    void write(Exchange x, ConsoleResponse answer) throws IOException {
        if (answer instanceof ConsoleResponse.Page p) {
            pages.page(x, p.status(), p.titleKey(), ConsoleTemplateLoader.nameIn(x.bundle(), p.template()), p.model(), false);
        } else if (answer instanceof ConsoleResponse.Redirect r) {
            String location = r.location() == null || r.location().isEmpty() ? x.sectionBase() : r.location();
            if (r.flashKey() != null && !r.flashKey().isEmpty()) {
                String value = new Flash(x.sectionId, r.flashKey()).encode();
                if (value != null) {
                    x.resp.addHeader("Set-Cookie", Cookies.flash(value, x.secure));
                }
            }
            pages.redirect(x, location);
        } else if (answer instanceof ConsoleResponse.Raw raw) {
            x.resp.setStatus(raw.status());
            x.resp.setContentType(raw.contentType() == null ? "application/octet-stream" : raw.contentType());
            byte[] body = raw.body() == null ? new byte[0] : raw.body();
            x.resp.setContentLength(body.length);
            if (!"HEAD".equals(x.req.getMethod())) {
                x.resp.getOutputStream().write(body);
            }
        } else if (answer instanceof ConsoleResponse.Problem problem) {
            pages.problem(x, problem.status(), problem.messageKey(), null);
        } else {
            LOG.error("Section '{}' answered null", x.sectionId);
            pages.problem(x, 500, "console.error.internal", ErrorReference.create());
        }
    }
}
