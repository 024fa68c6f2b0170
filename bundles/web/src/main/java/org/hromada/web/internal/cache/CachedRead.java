package org.hromada.web.internal.cache;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * A public API answer kept by the {@link PublicReadCache}: the headers the resource set and the body.
 * Its ETag is the resource's own when it set one (items carry {@code W/"id-version"}), else one made
 * from the bytes, so every cached read can be revalidated with {@code If-None-Match}.
 *
 * @param contentType the {@code Content-Type}
 * @param headers     the other headers, as set
 * @param body        the bytes
 * @param etag        the entity tag to answer with
 */
record CachedRead(String contentType, List<Map.Entry<String, String>> headers, byte[] body, String etag) {

    static CachedRead of(String contentType, List<Map.Entry<String, String>> headers, byte[] body) {
        String etag = null;
        for (Map.Entry<String, String> header : headers) {
            if ("ETag".equalsIgnoreCase(header.getKey())) {
                etag = header.getValue();
            }
        }
        return new CachedRead(contentType, List.copyOf(headers), body, etag != null ? etag : etagOf(body));
    }

    /** What the entry costs the cache, roughly, in bytes. */
    int weight() {
        return body.length + 100 * (headers.size() + 1);
    }

    private static String etagOf(byte[] body) {
        try {
            return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body), 0, 12) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
