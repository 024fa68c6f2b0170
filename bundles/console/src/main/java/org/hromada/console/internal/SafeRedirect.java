package org.hromada.console.internal;

import java.util.regex.Pattern;

/** Where sign-in and the language switch may send the browser back to: console paths only. */
final class SafeRedirect {
    static final String HOME = "/console/";
    private static final Pattern LOCAL = Pattern.compile("/console(/[A-Za-z0-9._~!$&'()*+,;=:@%/\\-]*)?(\\?[^\\s#\\\\]*)?");

    private SafeRedirect() {
    }

    /**
     * {@code target} when it is a local console path ({@code /console/...} with an optional query),
     * else {@code /console/}. Absolute and scheme-relative URLs ({@code //evil}), backslashes,
     * control characters, encoded slashes or dots that could climb out, and the sign-in page itself
     * are refused.
     */
    static String target(String target) {
        if (target == null || target.isEmpty() || target.length() > 2000) {
            return HOME;
        }
        if (!LOCAL.matcher(target).matches()) {
            return HOME;
        }
        String path = target.contains("?") ? target.substring(0, target.indexOf('?')) : target;
        String lower = path.toLowerCase(java.util.Locale.ROOT);
        if (path.contains("//") || path.contains("/../") || path.endsWith("/..") || lower.contains("%2f")
                || lower.contains("%5c") || lower.contains("%2e") || lower.contains("%00")) {
            return HOME;
        }
        if (path.equals("/console/sign-in") || path.equals("/console/sign-out")) {
            return HOME;
        }
        return target;
    }
}
