package org.hromada.console.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Locale;

/**
 * The console's CSRF rules. A state-changing request (anything but GET, HEAD, OPTIONS) must send the
 * expected token as the {@code _csrf} field or the {@code X-CSRF-Token} header, compared in constant
 * time; and when it carries an {@code Origin} header, that origin must be this host.
 */
final class Csrf {
    static final String FIELD = "_csrf";
    static final String HEADER = "X-CSRF-Token";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Csrf() {
    }

    static boolean isUnsafe(String method) {
        return !("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method));
    }

    /** True when {@code sent} equals {@code expected}; false for null or empty either side. */
    static boolean matches(String expected, String sent) {
        if (expected == null || expected.isEmpty() || sent == null || sent.isEmpty()) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
    }

    /** The header wins over the field when both are sent (htmx sends the header). */
    static String sent(String header, String field) {
        return header != null && !header.isEmpty() ? header : field;
    }

    /**
     * True when the {@code Origin} header is absent, or names the host the request was sent to
     * ({@code host} as in the {@code Host} header, e.g. {@code example.org:8080}) or the configured
     * public site address. {@code null} origin ("null") is refused.
     */
    static boolean originAllowed(String origin, String host, String siteUrl) {
        if (origin == null || origin.isEmpty()) {
            return true;
        }
        String authority = authority(origin);
        if (authority == null) {
            return false;
        }
        if (host != null && authority.equalsIgnoreCase(host.strip())) {
            return true;
        }
        return siteUrl != null && !siteUrl.isEmpty() && authority.equalsIgnoreCase(authority(siteUrl));
    }

    private static String authority(String url) {
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme();
            if (scheme == null || uri.getHost() == null) {
                return null;
            }
            scheme = scheme.toLowerCase(Locale.ROOT);
            int port = uri.getPort();
            boolean defaultPort = port < 0 || "http".equals(scheme) && port == 80 || "https".equals(scheme) && port == 443;
            return uri.getHost() + (defaultPort ? "" : ":" + port);
        } catch (Exception e) {
            return null;
        }
    }

    /** A random token (for the sign-in form's pre-session cookie). */
    static String newToken() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
