package org.hromada.media.internal.web;

import java.util.Optional;
import org.hromada.media.internal.store.BlobStore;

/**
 * A public file address below {@code /media}: {@code /<sha256>/<filename>} or
 * {@code /<sha256>/<width>/<filename>} (width null for the original). Anything else is not one.
 */
public record MediaPath(String sha256, Integer width, String filename) {

    public static Optional<MediaPath> parse(String pathInfo) {
        if (pathInfo == null || !pathInfo.startsWith("/")) {
            return Optional.empty();
        }
        String[] parts = pathInfo.substring(1).split("/", -1);
        if (parts.length < 2 || parts.length > 3 || !BlobStore.isSha256(parts[0])) {
            return Optional.empty();
        }
        String name = parts[parts.length - 1];
        if (name.isEmpty() || name.length() > 200 || name.startsWith(".")) {
            return Optional.empty();
        }
        if (parts.length == 2) {
            return Optional.of(new MediaPath(parts[0], null, name));
        }
        if (!parts[1].matches("[1-9][0-9]{1,4}")) {
            return Optional.empty();
        }
        return Optional.of(new MediaPath(parts[0], Integer.valueOf(parts[1]), name));
    }
}
