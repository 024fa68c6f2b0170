package org.hromada.site.internal;

import java.nio.file.Path;
import java.util.function.Function;
import org.hromada.platform.api.Hromada;
import org.hromada.platform.api.site.SiteUrls;

/**
 * The framework properties the site reads (set by the launcher from {@code conf/hromada.properties}
 * and {@code HROMADA_*} variables).
 *
 * @param themesDir the folder with one sub-folder per theme; null when unknown
 * @param theme     the active theme's folder name
 * @param siteName  the site's name, or null to take {@code site.name} from the messages
 * @param siteUrl   the site's public address ({@code site.url}, e.g. {@code https://rada.example.gov.ua})
 *                  without a trailing slash, or "" to take the address each request was sent to
 */
record SiteSettings(Path themesDir, String theme, String siteName, String siteUrl) {
    static final String THEMES_DIR = Hromada.THEMES_DIR;
    static final String HOME = Hromada.HOME;
    static final String THEME = "hromada.site.theme";
    static final String SITE_NAME = "hromada.site.name";

    static SiteSettings from(Function<String, String> properties) {
        String themes = blankToNull(properties.apply(THEMES_DIR));
        String home = blankToNull(properties.apply(HOME));
        Path themesDir = themes != null ? Path.of(themes) : home != null ? Path.of(home, "themes") : null;
        String theme = blankToNull(properties.apply(THEME));
        return new SiteSettings(themesDir, theme == null ? ThemeLayers.DEFAULT_THEME : theme.trim(),
                blankToNull(properties.apply(SITE_NAME)), SiteUrls.normalise(properties.apply(SiteUrls.PROPERTY)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
