package org.hromada.media.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The public addresses of files: {@code /media/<sha256>/<filename>} for the original and
 * {@code /media/<sha256>/<width>/<filename>} for a rendition. The hash makes them permanent (new
 * bytes, new address), so they are cached for a year.
 */
public final class MediaUrls {
    public static final String PREFIX = "/media/";

    private MediaUrls() {
    }

    public static String original(String sha256, String filename) {
        return PREFIX + sha256 + "/" + segment(filename);
    }

    public static String rendition(String sha256, int width, String filename) {
        return PREFIX + sha256 + "/" + width + "/" + segment(filename);
    }

    /** A file name as a path segment: safe names hold only letters, digits and {@code . - _}. */
    static String segment(String filename) {
        return URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
