package org.hromada.console.internal;

import java.util.regex.Pattern;

/**
 * A message shown once on the page after a redirect: {@code scope|key} in a short-lived cookie,
 * where the scope is the section whose messages hold the key ({@code console} for the console's).
 */
record Flash(String scope, String key) {
    static final String CONSOLE = "console";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._\\-]{1,120}");
    private static final Pattern SCOPE = Pattern.compile("[a-z0-9\\-]{1,60}");

    /** The cookie value, or null when either part is not a plain key (nothing is set then). */
    String encode() {
        return SCOPE.matcher(scope).matches() && KEY.matcher(key).matches() ? scope + "|" + key : null;
    }

    /** What a cookie carried, or null when absent or tampered with. */
    static Flash decode(String value) {
        if (value == null) {
            return null;
        }
        int bar = value.indexOf('|');
        if (bar < 0) {
            return null;
        }
        String scope = value.substring(0, bar);
        String key = value.substring(bar + 1);
        return SCOPE.matcher(scope).matches() && KEY.matcher(key).matches() ? new Flash(scope, key) : null;
    }
}
