package org.hromada.console.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hromada.platform.api.console.ConsoleRequest;
import org.hromada.platform.api.console.ConsoleResponse;
import org.hromada.platform.api.console.ConsoleWidget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The console's home page: the widgets the user may see, each rendered alone; a failing one is skipped. */
final class Dashboard {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category

    private final SectionRegistry registry;
    private final ConsoleTemplates templates;
    private final ConsoleMessages messages;
    private final TemplateModel model;
    private final PageWriter pages;

    Dashboard(SectionRegistry registry, ConsoleTemplates templates, ConsoleMessages messages, TemplateModel model,
              PageWriter pages) {
        this.registry = registry;
        this.templates = templates;
        this.messages = messages;
        this.model = model;
        this.pages = pages;
    }

    void show(Exchange x) throws IOException {
        List<Map<String, Object>> boxes = new ArrayList<>();
        ConsoleRequest request = new ConsoleRequest("GET", "", Map.of(), List.of(), x.identity, Lang.locale(x.lang), "/console",
                x.csrfToken);
        for (SectionRegistry.Entry<ConsoleWidget> w : registry.widgets(x.identity)) {
            try {
                Optional<ConsoleResponse.Page> page = w.service().render(request);
                if (page == null || page.isEmpty()) {
                    continue;
                }
                String html = templates.render(ConsoleTemplateLoader.nameIn(w.bundle(), page.get().template()),
                        model.of(x, w.bundle(), "/console", page.get().model()), Lang.locale(x.lang));
                Map<String, Object> box = new HashMap<>();
                box.put("id", "w-" + w.service().id().replaceAll("[^A-Za-z0-9_-]", "-"));
                box.put("title", messages.get(w.bundle(), x.lang, page.get().titleKey()));
                box.put("html", ConsoleTemplates.markup(html));
                boxes.add(box);
            } catch (Exception e) {
                LOG.error("Console widget {} of bundle {} skipped [ref {}]", safeId(w.service()),
                        w.bundle().getSymbolicName(), ErrorReference.create(), e);
            }
        }
        pages.page(x, 200, "console.dashboard.title", "hromada-console/dashboard.ftl",
                Map.of("widgets", boxes, "consoleHome", true), true);
    }

    private static String safeId(ConsoleWidget w) {
        try {
            return w.id();
        } catch (RuntimeException e) {
            return w.getClass().getName();
        }
    }
}
