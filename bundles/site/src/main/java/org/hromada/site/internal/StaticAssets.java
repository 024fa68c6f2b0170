package org.hromada.site.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Static files under {@code /static/}, from the active theme's {@code static/} then the default
 * theme's. A plain name is served with a short cache life and an ETag; a fingerprinted name that
 * matches the content is immutable; a stale fingerprint moves to the current one, so a page cached
 * somewhere with an old stylesheet URL still gets a stylesheet.
 */
final class StaticAssets {
    static final String PREFIX = "/static/";

    /** What a request for a static file finds. */
    sealed interface Lookup {
    }

    /** Nothing (also for every name that tries to leave the folder). */
    record Missing() implements Lookup {
    }

    /** Moved permanently to the current fingerprint. */
    record Moved(String location) implements Lookup {
    }

    /** The file; {@code etag} is quoted; {@code immutable} when asked for by its current fingerprint. */
    record Found(Path file, String etag, boolean immutable, String contentType) implements Lookup {
    }

    private final List<Path> folders;
    private final Fingerprints fingerprints = new Fingerprints();

    StaticAssets(List<Path> folders) {
        this.folders = folders.stream().map(f -> f.toAbsolutePath().normalize()).toList();
    }

    /**
     * The URL of a static file by its current fingerprint, for templates; the plain URL when the
     * file does not exist (the request then answers 404, which shows up in any link check).
     */
    String url(String name) {
        if (!SafeNames.isSafe(name)) {
            throw new IllegalArgumentException("Not a static file name: " + name);
        }
        Optional<Path> file = find(name);
        if (file.isPresent()) {
            try {
                return PREFIX + UrlPaths.encode(Fingerprints.fingerprinted(name, fingerprints.of(file.get())));
            } catch (IOException e) {
                // Vanished while hashing: fall through to the plain URL.
            }
        }
        return PREFIX + UrlPaths.encode(name);
    }

    /** Looks up the part of a request path after {@code /static/}, still percent-encoded. */
    Lookup lookup(String rawName) {
        Optional<List<String>> segments = UrlPaths.segments("/" + rawName);
        if (segments.isEmpty() || segments.get().isEmpty()) {
            return new Missing();
        }
        String name = String.join("/", segments.get());
        if (!SafeNames.isSafe(name)) {
            return new Missing(); // "..", "%2e%2e", "..%2f", hidden files, backslashes
        }
        try {
            Optional<Path> plain = find(name);
            if (plain.isPresent()) {
                return found(plain.get(), fingerprints.of(plain.get()), false);
            }
            Optional<Fingerprints.Parsed> parsed = Fingerprints.parse(name);
            if (parsed.isEmpty()) {
                return new Missing();
            }
            Optional<Path> file = find(parsed.get().plainName());
            if (file.isEmpty()) {
                return new Missing();
            }
            String current = fingerprints.of(file.get());
            if (!current.equals(parsed.get().hash())) {
                return new Moved(PREFIX + UrlPaths.encode(Fingerprints.fingerprinted(parsed.get().plainName(), current)));
            }
            return found(file.get(), current, true);
        } catch (IOException e) {
            return new Missing(); // deleted or unreadable right now
        }
    }

    private static Found found(Path file, String hash, boolean immutable) {
        return new Found(file, "\"" + hash + "\"", immutable, ContentTypes.of(file.getFileName().toString()));
    }

    private Optional<Path> find(String name) {
        for (Path folder : folders) {
            Path file = folder.resolve(name).normalize();
            if (file.startsWith(folder) && Files.isRegularFile(file)) {
                return Optional.of(file);
            }
        }
        return Optional.empty();
    }
}
