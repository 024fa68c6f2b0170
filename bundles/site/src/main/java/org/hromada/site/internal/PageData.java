package org.hromada.site.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * The names every template gets, merged over the route's model. The route may supply
 * {@code alternate} (when the other language's address differs, e.g. a translated slug); every
 * other common name wins, so a model cannot break the layout's language or links.
 */
final class PageData {
    static final String ALTERNATE = "alternate";

    private PageData() {
    }

    static Map<String, Object> of(PageContext page, Map<String, ?> model, String siteName, Messages messages,
                                  StaticAssets assets, int year) {
        Map<String, Object> data = new HashMap<>(model);
        String name = siteName == null || siteName.isBlank() ? messages.get(page.language(), "site.name") : siteName;
        data.put("lang", page.language());
        data.put("siteName", name);
        data.put("path", page.path());
        data.put("url", page.url());
        data.put("home", page.home());
        if (!(model.get(ALTERNATE) instanceof String)) {
            data.put(ALTERNATE, page.alternate());
        }
        data.put("msg", TemplateMethods.msg(messages, page.language()));
        data.put("asset", TemplateMethods.asset(assets));
        data.put("year", year);
        return data;
    }
}
