package org.hromada.site.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered answer kept by the {@link PageCache}: its bytes, the same bytes gzipped (pages are
 * compressed once, not on every request), a strong ETag from the bytes and the time it was rendered.
 *
 * @param contentType  the {@code Content-Type}
 * @param language     the {@code Content-Language}, or null
 * @param body         the bytes as rendered
 * @param gzipped      the bytes gzipped, or null when compression would not pay (small bodies)
 * @param etag         a quoted strong entity tag
 * @param lastModified when it was rendered, to the second (HTTP dates have no finer unit)
 */
record CachedPage(String contentType, String language, byte[] body, byte[] gzipped, String etag,
                  Instant lastModified) {
    /** Below this size gzip saves less than its header costs. */
    static final int GZIP_MIN_BYTES = 1024;

    static CachedPage of(String contentType, String language, byte[] body, Instant renderedAt) {
        return new CachedPage(contentType, language, body, body.length < GZIP_MIN_BYTES ? null : gzip(body),
                etagOf(body), renderedAt.truncatedTo(ChronoUnit.SECONDS));
    }

    /** What the page costs the cache, roughly, in bytes. */
    int weight() {
        return body.length + (gzipped == null ? 0 : gzipped.length) + 200;
    }

    static String etagOf(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + HexFormat.of().formatHex(digest, 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
            zip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen in memory
        }
        return out.toByteArray();
    }
}
