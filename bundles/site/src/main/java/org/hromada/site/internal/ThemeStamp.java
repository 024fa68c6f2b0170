package org.hromada.site.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.util.List;
import java.util.stream.Stream;

/**
 * Notices edits of the theme folders, so cached pages do not outlive a template a council just
 * changed. It looks at most once per {@code intervalMillis}, on the request that comes by: the walk
 * over a theme's few dozen files costs far less than one render.
 */
final class ThemeStamp {
    private final List<Path> roots;
    private final Clock clock;
    private final long intervalMillis;
    private volatile long checkedAt;
    private volatile long stamp;

    ThemeStamp(List<Path> roots, Clock clock, long intervalMillis) {
        this.roots = List.copyOf(roots);
        this.clock = clock;
        this.intervalMillis = intervalMillis;
        this.stamp = compute();
        this.checkedAt = clock.millis();
    }

    /** True when a theme file was added, removed or modified since the last call that said so. */
    boolean changed() {
        long now = clock.millis();
        if (now - checkedAt < intervalMillis) {
            return false;
        }
        synchronized (this) {
            if (now - checkedAt < intervalMillis) {
                return false;
            }
            checkedAt = now;
            long current = compute();
            if (current == stamp) {
                return false;
            }
            stamp = current;
            return true;
        }
    }

    private long compute() {
        long hash = 17;
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : (Iterable<Path>) files::iterator) {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    hash = hash * 31 + file.hashCode();
                    hash = hash * 31 + attributes.lastModifiedTime().toMillis();
                    hash = hash * 31 + attributes.size();
                }
            } catch (IOException | UncheckedIOException e) {
                hash = hash * 31 + System.nanoTime(); // a file vanished mid-walk: that is a change
            }
        }
        return hash;
    }
}
