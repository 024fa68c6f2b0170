package org.hromada.site.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An answer before it is written: status, headers, and a body that is either bytes or a file.
 * Every answer carries the security headers; the servlet only copies it out.
 */
final class SiteResponse {
    static final String HTML = "text/html;charset=UTF-8";
    // frame-src: session pages embed council videos from YouTube's cookie-less player only
    static final String CSP = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "frame-src 'self' https://www.youtube-nocookie.com; frame-ancestors 'self'; base-uri 'self'";

    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private byte[] body = new byte[0];
    private Path file;

    SiteResponse(int status) {
        this.status = status;
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Referrer-Policy", "strict-origin-when-cross-origin");
        headers.put("Content-Security-Policy", CSP);
    }

    /** An HTML page in {@code language}. */
    static SiteResponse html(int status, String language, String html) {
        return new SiteResponse(status)
                .header("Content-Type", HTML)
                .header("Content-Language", language)
                .body(html.getBytes(StandardCharsets.UTF_8));
    }

    /** An XML document (a feed, the sitemap) of the given type. */
    static SiteResponse xml(String contentType, String xml) {
        return new SiteResponse(200).header("Content-Type", contentType).body(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Plain text. */
    static SiteResponse text(String text) {
        return new SiteResponse(200).header("Content-Type", "text/plain;charset=UTF-8")
                .body(text.getBytes(StandardCharsets.UTF_8));
    }

    /** A permanent redirect to a local path. */
    static SiteResponse movedTo(String location) {
        return new SiteResponse(301).header("Location", location);
    }

    SiteResponse header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    SiteResponse body(byte[] bytes) {
        this.body = bytes;
        this.file = null;
        return this;
    }

    SiteResponse file(Path path) {
        this.file = path;
        this.body = new byte[0];
        return this;
    }

    int status() {
        return status;
    }

    Map<String, String> headers() {
        return headers;
    }

    String header(String name) {
        return headers.get(name);
    }

    /** The bytes of the body; empty when the body is a {@link #file()}. */
    byte[] body() {
        return body;
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** The file to send, or null. */
    Path file() {
        return file;
    }
}
