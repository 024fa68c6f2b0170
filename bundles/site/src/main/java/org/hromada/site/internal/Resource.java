package org.hromada.site.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * A file found in a theme folder or a bundle. Equal by location only: FreeMarker compares the
 * source it finds now with the cached one to see whether a different layer took over.
 */
final class Resource {

    /** Opens the content; a fresh stream on every call. */
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }

    private final String location;
    private final long lastModified;
    private final Opener opener;

    Resource(String location, long lastModified, Opener opener) {
        this.location = location;
        this.lastModified = lastModified;
        this.opener = opener;
    }

    /** Where it lives, e.g. {@code file:/srv/themes/town/templates/index.ftl} or {@code bundle:12/templates/x.ftl}. */
    String location() {
        return location;
    }

    long lastModified() {
        return lastModified;
    }

    InputStream open() throws IOException {
        return opener.open();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Resource r && r.location.equals(location);
    }

    @Override
    public int hashCode() {
        return location.hashCode();
    }

    @Override
    public String toString() {
        return location;
    }
}
