package org.hromada.media.internal.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.hromada.media.internal.files.AllowedType;

/**
 * The headers of a public file. Its address holds its hash, so it never changes: cached for a year
 * as immutable. The type is the detected one and browsers must not guess another ({@code nosniff});
 * images and PDF are shown inline, everything else is downloaded; a {@code sandbox} policy keeps any
 * active content away from the site's origin. PDFs go without {@code sandbox}, which browsers' PDF
 * viewers refuse to render; their scripts run inside the viewer, not in the site's origin.
 */
public final class ServedHeaders {
    static final String CACHE = "public, max-age=31536000, immutable";
    static final String POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";
    static final String PDF_POLICY = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'";

    private ServedHeaders() {
    }

    public static Map<String, String> of(AllowedType type, String filename, String etag) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", type.mediaType());
        headers.put("ETag", etag);
        headers.put("Cache-Control", CACHE);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Content-Disposition", (type.isInline() ? "inline" : "attachment") + "; " + filenameParams(filename));
        headers.put("Content-Security-Policy", type == AllowedType.PDF ? PDF_POLICY : POLICY);
        headers.put("Cross-Origin-Resource-Policy", "same-site");
        return headers;
    }

    /** RFC 6266: an ASCII fallback and the UTF-8 name. */
    static String filenameParams(String filename) {
        String ascii = filename.replaceAll("[^A-Za-z0-9._-]", "_");
        String encoded = URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20");
        return "filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
