package org.hromada.console.internal;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleSection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes a signed-in request to its section, checks the section's roles, calls it and writes its
 * answer. A section that throws gets the friendly 500 page; a successful POST runs {@code afterWrite}.
 */
final class SectionDispatch {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category

    private final SectionRegistry registry;
    private final AnswerWriter answers;
    private final PageWriter pages;
    private final Runnable afterWrite;

    SectionDispatch(SectionRegistry registry, AnswerWriter answers, PageWriter pages, Runnable afterWrite) {
        this.registry = registry;
        this.answers = answers;
        this.pages = pages;
        this.afterWrite = afterWrite;
    }

    void dispatch(Exchange x, String below, Map<String, List<String>> params) throws IOException {
        String method = x.req.getMethod();
        Optional<SectionRegistry.Route> route = registry.route(below);
        if (route.isEmpty()) {
            pages.problem(x, 404, "console.error.notFound", null);
            return;
        }
        x.section = route.get().section();
        x.sectionId = route.get().id();
        ConsoleSection section = x.section.service();
        if (!SectionRegistry.allowed(x.identity, roles(section))) {
            pages.problem(x, 403, "console.error.forbidden", null);
            return;
        }
        ConsoleRequest request = new ConsoleRequest("HEAD".equals(method) ? "GET" : method, route.get().rest(), params,
                x.files, x.identity, Lang.locale(x.lang), x.sectionBase(), x.csrfToken);
        ConsoleResponse answer;
        try {
            answer = section.handle(request);
        } catch (RuntimeException e) {
            String ref = ErrorReference.create();
            LOG.error("Console section '{}' failed on {} {} [ref {}]", x.sectionId, method, below, ref, e);
            pages.problem(x, 500, "console.error.internal", ref);
            return;
        }
        if (request.isPost() && answer instanceof ConsoleResponse.Redirect) {
            // A section's write may change what the public sees, as an API write would: purge the caches.
            afterWrite.run();
        }
        answers.write(x, answer);
    }

    /** The section's roles; null (nobody is allowed, see {@link SectionRegistry#allowed}) if it throws. */
    private static Set<String> roles(ConsoleSection section) {
        try {
            return section.roles();
        } catch (RuntimeException e) {
            return null;
        }
    }
}
