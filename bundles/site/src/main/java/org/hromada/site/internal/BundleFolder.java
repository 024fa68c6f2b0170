package org.hromada.site.internal;

import java.net.URL;
import java.util.Optional;
import org.osgi.framework.Bundle;

/**
 * The templates folder a bundle names in its {@code Hromada-Templates} header. Read with
 * {@code getEntry} (the bundle's own jar, not its class path, so no class loading and no
 * bleeding in of imported packages' resources).
 */
final class BundleFolder implements ResourceFolder {
    private final Bundle bundle;
    private final String folder;

    BundleFolder(Bundle bundle, String folder) {
        this.bundle = bundle;
        String trimmed = folder.trim();
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        this.folder = trimmed;
    }

    Bundle bundle() {
        return bundle;
    }

    @Override
    public Optional<Resource> find(String name) {
        if (!SafeNames.isSafe(name)) {
            return Optional.empty();
        }
        String path = folder.isEmpty() ? name : folder + "/" + name;
        try {
            URL entry = bundle.getEntry(path);
            if (entry == null) {
                return Optional.empty();
            }
            return Optional.of(new Resource("bundle:" + bundle.getBundleId() + "/" + path,
                    bundle.getLastModified(), entry::openStream));
        } catch (IllegalStateException e) {
            return Optional.empty(); // uninstalled while we looked
        }
    }

    @Override
    public String toString() {
        return bundle.getSymbolicName() + "/" + folder;
    }
}
