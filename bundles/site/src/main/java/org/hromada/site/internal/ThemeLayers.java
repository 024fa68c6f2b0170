package org.hromada.site.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where templates, messages and static files come from, first match wins: the active theme, then
 * the bundles that ship templates, then the default theme. So a theme overrides any bundle's
 * template by putting a file at the same path, and a bundle needs nothing from the theme but
 * {@code layout.ftl}.
 * <pre>
 * themes/&lt;name&gt;/templates/...        templates (layout.ftl, index.ftl, 404.ftl, error.ftl, ...)
 * themes/&lt;name&gt;/static/...           static files under /static/
 * themes/&lt;name&gt;/messages_uk.properties and messages_en.properties
 * </pre>
 */
final class ThemeLayers {
    static final String DEFAULT_THEME = "default";

    /** Theme roots, active first; one entry when the active theme is the default or is missing. */
    private final List<Path> themes;
    private volatile List<ResourceFolder> bundles = List.of();

    ThemeLayers(List<Path> themes) {
        this.themes = List.copyOf(themes);
    }

    /**
     * The layers for {@code activeTheme} under {@code themesDir}; a theme name that is not one plain
     * folder name, or a folder that does not exist, leaves only the default theme.
     */
    static ThemeLayers of(Path themesDir, String activeTheme) {
        List<Path> roots = new ArrayList<>();
        if (themesDir != null) {
            Path base = themesDir.toAbsolutePath().normalize();
            if (activeTheme != null && !DEFAULT_THEME.equals(activeTheme) && SafeNames.isSafe(activeTheme)
                    && !activeTheme.contains("/") && Files.isDirectory(base.resolve(activeTheme))) {
                roots.add(base.resolve(activeTheme));
            }
            roots.add(base.resolve(DEFAULT_THEME));
        }
        return new ThemeLayers(roots);
    }

    /** The theme roots in order, active first. */
    List<Path> themes() {
        return themes;
    }

    /** Replaces the bundle layers (in the order given) when a templates bundle comes or goes. */
    synchronized void setBundles(List<? extends ResourceFolder> folders) {
        bundles = List.copyOf(folders);
    }


    /** Template layers: {@code <active>/templates}, bundles, {@code default/templates}. */
    List<ResourceFolder> templateFolders() {
        return layered("templates");
    }

    /** Message layers: the theme roots around the bundles' templates folders. */
    List<ResourceFolder> messageFolders() {
        return layered(null);
    }

    /** Static file folders: {@code <active>/static}, {@code default/static}. */
    List<Path> staticFolders() {
        return themes.stream().map(theme -> theme.resolve("static")).toList();
    }

    private List<ResourceFolder> layered(String sub) {
        List<ResourceFolder> result = new ArrayList<>();
        List<ResourceFolder> current = bundles;
        for (int i = 0; i < themes.size(); i++) {
            boolean last = i == themes.size() - 1;
            if (last) {
                result.addAll(current);
            }
            result.add(new DirectoryFolder(sub == null ? themes.get(i) : themes.get(i).resolve(sub)));
        }
        if (themes.isEmpty()) {
            result.addAll(current);
        }
        return result;
    }
}
