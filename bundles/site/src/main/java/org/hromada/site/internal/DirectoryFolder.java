package org.hromada.site.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** A layer on disk (a theme's {@code templates/} or the theme root for messages); read live, so edits show. */
final class DirectoryFolder implements ResourceFolder {
    private final Path base;

    DirectoryFolder(Path base) {
        this.base = base.toAbsolutePath().normalize();
    }

    Path base() {
        return base;
    }

    @Override
    public Optional<Resource> find(String name) {
        if (!SafeNames.isSafe(name)) {
            return Optional.empty();
        }
        Path file = base.resolve(name).normalize();
        if (!file.startsWith(base) || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            return Optional.of(new Resource(file.toUri().toString(), modified, () -> Files.newInputStream(file)));
        } catch (IOException e) {
            return Optional.empty(); // deleted between the two calls: as good as absent
        }
    }

    @Override
    public String toString() {
        return base.toString();
    }
}
