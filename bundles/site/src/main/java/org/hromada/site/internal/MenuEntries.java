package org.hromada.site.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.hromada.platform.api.site.SiteMenuItem;

/** The main menu as the layout gets it: {@code path}, {@code label} (a message key) and {@code url}, in order. */
final class MenuEntries {

    private MenuEntries() {
    }

    /** @param home the page's home, {@code /} or {@code /en/}: the entries' addresses are in its language */
    static List<Map<String, String>> of(List<SiteMenuItem> items, String home) {
        return items.stream()
                .filter(item -> item.path() != null && item.path().startsWith("/") && item.label() != null)
                .sorted(Comparator.comparingInt(SiteMenuItem::position).thenComparing(SiteMenuItem::path))
                .map(item -> Map.of("path", item.path(), "label", item.label(),
                        "url", home + item.path().substring(1)))
                .toList();
    }
}
