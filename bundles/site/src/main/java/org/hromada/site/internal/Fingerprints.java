package org.hromada.site.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Content fingerprints of static files: the first 10 hex digits of the SHA-256 of the content,
 * put before the extension ({@code css/site.css} is served as {@code css/site.1a2b3c4d5e.css}), so
 * a changed file gets a new URL and the old one can be cached for a year. Hashes are cached and
 * recomputed when the file's modification time or size changes.
 */
final class Fingerprints {
    static final int LENGTH = 10;
    private static final Pattern FINGERPRINTED = Pattern.compile("^(.+)\\.([0-9a-f]{" + LENGTH + "})((?:\\.[^./]+)?)$");

    /** A fingerprinted name taken apart: the plain name and the hash it asked for. */
    record Parsed(String plainName, String hash) {
    }

    private record Stamp(long modified, long size, String hash) {
    }

    private final Map<Path, Stamp> cache = new ConcurrentHashMap<>();

    /** The fingerprint of the file's current content. */
    String of(Path file) throws IOException {
        long modified = Files.getLastModifiedTime(file).toMillis();
        long size = Files.size(file);
        Stamp known = cache.get(file);
        if (known != null && known.modified() == modified && known.size() == size) {
            return known.hash();
        }
        String hash = hash(file);
        cache.put(file, new Stamp(modified, size, hash));
        return hash;
    }

    /** {@code dir/name.ext} with the hash put in: {@code dir/name.<hash>.ext} ({@code name.<hash>} without extension). */
    static String fingerprinted(String name, String hash) {
        int slash = name.lastIndexOf('/');
        int dot = name.lastIndexOf('.');
        if (dot <= slash + 1) {
            return name + "." + hash;
        }
        return name.substring(0, dot) + "." + hash + name.substring(dot);
    }

    /** Reads {@code dir/name.<hash>.ext} back; not a fingerprinted name when empty. */
    static Optional<Parsed> parse(String name) {
        int slash = name.lastIndexOf('/');
        String dir = name.substring(0, slash + 1);
        Matcher m = FINGERPRINTED.matcher(name.substring(slash + 1));
        if (!m.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Parsed(dir + m.group(1) + m.group(3), m.group(2)));
    }

    private static String hash(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[16 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, LENGTH);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
