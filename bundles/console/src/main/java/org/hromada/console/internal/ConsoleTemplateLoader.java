package org.hromada.console.internal;

import freemarker.cache.URLTemplateLoader;
import java.net.URL;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.osgi.framework.Bundle;

/**
 * Finds console templates by name: {@code hromada-console/...} in the console's own jar (the macro
 * library, the layout, sign-in and error pages), and {@code bundle-<id>/<path>} as the entry
 * {@code <path>} of the bundle with that id while it publishes a section or widget. A section
 * template's relative includes stay within its bundle; its absolute
 * {@code /hromada-console/ui.ftl} import reaches the console's library.
 */
final class ConsoleTemplateLoader extends URLTemplateLoader {
    static final String OWN = "hromada-console/";
    static final String BUNDLE = "bundle-";

    private final Function<String, URL> ownResources;
    private final LongFunction<Optional<Bundle>> bundles;

    ConsoleTemplateLoader(Function<String, URL> ownResources, LongFunction<Optional<Bundle>> bundles) {
        this.ownResources = ownResources;
        this.bundles = bundles;
    }

    /** The template name for a path in a section bundle's jar. */
    static String nameIn(Bundle bundle, String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        return BUNDLE + bundle.getBundleId() + "/" + p;
    }

    @Override
    protected URL getURL(String name) {
        if (name.contains("..") || name.contains("\\")) {
            return null;
        }
        if (name.startsWith(OWN)) {
            return name.endsWith(".ftl") ? ownResources.apply(name) : null;
        }
        if (!name.startsWith(BUNDLE)) {
            return null;
        }
        int slash = name.indexOf('/');
        if (slash < 0) {
            return null;
        }
        long id;
        try {
            id = Long.parseLong(name.substring(BUNDLE.length(), slash));
        } catch (NumberFormatException e) {
            return null;
        }
        String path = name.substring(slash + 1);
        if (path.isEmpty()) {
            return null;
        }
        return bundles.apply(id).map(b -> b.getEntry(path)).orElse(null);
    }
}
