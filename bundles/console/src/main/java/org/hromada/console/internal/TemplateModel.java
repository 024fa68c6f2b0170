package org.hromada.console.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.console.ConsoleSection;
import org.osgi.framework.Bundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The model every console template sees (the {@code console} entry, msg, consoleTime), the menu and the flash. */
final class TemplateModel {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleHandler.class); // the console's log category

    private final SectionRegistry registry;
    private final ConsoleTemplates templates;
    private final ConsoleMessages messages;
    private final Assets assets;
    private final ConsoleServlet.Settings settings;

    TemplateModel(SectionRegistry registry, ConsoleTemplates templates, ConsoleMessages messages, Assets assets,
                  ConsoleServlet.Settings settings) {
        this.registry = registry;
        this.templates = templates;
        this.messages = messages;
        this.assets = assets;
        this.settings = settings;
    }

    /** The model every template sees: the section's entries, then console, msg and consoleTime. */
    Map<String, Object> of(Exchange x, Bundle bundle, String sectionBase, Map<String, Object> sectionModel) {
        Map<String, Object> m = new HashMap<>(sectionModel == null ? Map.of() : sectionModel);
        Map<String, Object> console = new HashMap<>();
        console.put("user", x.identity == null ? "" : x.identity.username());
        console.put("signedIn", x.identity != null);
        console.put("roles", x.identity == null ? List.of() : x.identity.roles().stream().sorted().toList());
        console.put("lang", x.lang);
        console.put("sectionBase", sectionBase);
        console.put("csrfToken", x.csrfToken == null ? "" : x.csrfToken);
        console.put("assets", assets.urls());
        console.put("siteName", settings.siteName() != null ? settings.siteName() : messages.get(null, x.lang, "console.siteName"));
        console.put("siteUrl", settings.siteUrl().isEmpty() ? "/" : settings.siteUrl() + "/");
        String here = x.req.getRequestURI() + (x.req.getQueryString() == null ? "" : "?" + x.req.getQueryString());
        String back = SafeRedirect.target(here);
        console.put("langUk", "/console/lang?to=uk&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        console.put("langEn", "/console/lang?to=en&back=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
        console.put("section", x.sectionId == null ? "" : x.sectionId);
        m.put("console", console);
        m.put("msg", templates.msg(bundle, x.lang));
        m.put("consoleTime", ConsoleTemplates.consoleTime());
        return m;
    }

    List<Map<String, Object>> menu(Exchange x) {
        if (x.identity == null) {
            return List.of();
        }
        List<Map<String, Object>> menu = new ArrayList<>();
        for (SectionRegistry.Entry<ConsoleSection> e : registry.menu(x.identity)) {
            try {
                String id = e.service().id();
                Map<String, Object> item = new HashMap<>();
                item.put("id", id);
                item.put("href", "/console/" + id + "/");
                item.put("label", messages.get(e.bundle(), x.lang, e.service().menuKey()));
                item.put("current", id.equals(x.sectionId));
                menu.add(item);
            } catch (RuntimeException ex) {
                LOG.warn("Console section of {} left out of the menu: {}", e.bundle().getSymbolicName(), ex.toString());
            }
        }
        return menu;
    }

    /** The flash message of the previous redirect, once: read, then the cookie is expired. */
    String takeFlash(Exchange x) {
        Flash flash = Flash.decode(Cookies.read(x.req.getHeader("Cookie"), Cookies.FLASH));
        if (Cookies.read(x.req.getHeader("Cookie"), Cookies.FLASH) != null) {
            x.resp.addHeader("Set-Cookie", Cookies.expire(Cookies.FLASH, x.secure));
        }
        if (flash == null) {
            return "";
        }
        Bundle bundle = Flash.CONSOLE.equals(flash.scope()) ? null
                : registry.section(flash.scope()).map(SectionRegistry.Entry::bundle).orElse(null);
        return messages.get(bundle, x.lang, flash.key());
    }
}
