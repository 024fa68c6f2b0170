package org.hromada.site.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.hromada.platform.api.site.SiteMenuItem;

/**
 * Renders one template of the public site with the names every page gets (language, links, messages,
 * assets, the year), through the theme layers. Shared by the request handler and the console's
 * preview so that a preview is rendered exactly as a visitor's page; it caches nothing itself
 * (the page cache sits in {@link SiteHandler}).
 */
final class PageRenderer {
    private static final ZoneId KYIV = ZoneId.of("Europe/Kiev");

    private final TemplateEngine templates;
    private final Messages messages;
    private final StaticAssets assets;
    private final String siteName;
    private final Clock clock;
    private final Supplier<List<SiteMenuItem>> menu;

    PageRenderer(TemplateEngine templates, Messages messages, StaticAssets assets, String siteName, Clock clock) {
        this(templates, messages, assets, siteName, clock, List::of);
    }

    /** @param menu the main menu's entries published now (the site's menu follows the installed bundles) */
    PageRenderer(TemplateEngine templates, Messages messages, StaticAssets assets, String siteName, Clock clock,
                 Supplier<List<SiteMenuItem>> menu) {
        this.templates = templates;
        this.messages = messages;
        this.assets = assets;
        this.siteName = siteName;
        this.clock = clock;
        this.menu = menu;
    }

    String render(String template, PageContext context, Map<String, ?> model) throws Exception {
        int year = LocalDate.now(clock.withZone(KYIV)).getYear();
        Map<String, Object> data = PageData.of(context, model, siteName, messages, assets, year);
        data.put("menu", MenuEntries.of(menu.get(), context.home()));
        return templates.render(template, data, Messages.locale(context.language()));
    }

    Messages messages() {
        return messages;
    }

    /** The page context of {@code path} (without the {@code /en} prefix) in {@code language}. */
    static PageContext contextOf(String path, String language) {
        String local = path == null || path.isEmpty() ? "/" : path.startsWith("/") ? path : "/" + path;
        String raw = RequestPath.EN.equals(language) ? ("/".equals(local) ? "/en/" : "/en" + local) : local;
        RequestPath parsed = RequestPath.parse(raw, null);
        return parsed instanceof RequestPath.Page page ? PageContext.of(page) : PageContext.unreadable(raw);
    }
}
