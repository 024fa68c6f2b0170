package org.hromada.console.internal;

import java.util.regex.Pattern;

/**
 * The console's cookies, written as {@code Set-Cookie} header values so every attribute
 * (SameSite included) is explicit. All of them live under {@code Path=/console}.
 */
final class Cookies {
    static final String SESSION = "hromada_session";
    static final String LANG = "hromada_console_lang";
    static final String FLASH = "hromada_flash";
    static final String SIGN_IN_CSRF = "hromada_signin_csrf";
    static final String PATH = "/console";
    private static final Pattern SAFE_VALUE = Pattern.compile("[A-Za-z0-9._~\\-|]*");

    private Cookies() {
    }

    /** The session cookie: no Max-Age (ends with the browser; the server enforces the timeouts). */
    static String session(String id, boolean secure) {
        return cookie(SESSION, id, null, secure, "Lax");
    }

    static String expire(String name, boolean secure) {
        return cookie(name, "", 0L, secure, "Lax");
    }

    /** The language choice, for a year; not HttpOnly-sensitive but kept HttpOnly anyway. */
    static String lang(String lang, boolean secure) {
        return cookie(LANG, lang, 365L * 24 * 3600, secure, "Lax");
    }

    /** A flash message key shown once on the next page, for at most a minute. */
    static String flash(String value, boolean secure) {
        return cookie(FLASH, value, 60L, secure, "Lax");
    }

    /** The sign-in form's double-submit token: Strict, so no other site's form ever carries it. */
    static String signInCsrf(String token, boolean secure) {
        return cookie(SIGN_IN_CSRF, token, 3600L, secure, "Strict");
    }

    static String cookie(String name, String value, Long maxAge, boolean secure, String sameSite) {
        if (!SAFE_VALUE.matcher(value).matches()) {
            throw new IllegalArgumentException("Cookie value with unsafe characters: " + name);
        }
        StringBuilder b = new StringBuilder(name).append('=').append(value).append("; Path=").append(PATH);
        if (maxAge != null) {
            b.append("; Max-Age=").append(maxAge);
        }
        b.append("; HttpOnly; SameSite=").append(sameSite);
        if (secure) {
            b.append("; Secure");
        }
        return b.toString();
    }

    /** The value of a cookie in a {@code Cookie} request header, or null. */
    static String read(String cookieHeader, String name) {
        if (cookieHeader == null) {
            return null;
        }
        for (String part : cookieHeader.split(";")) {
            int eq = part.indexOf('=');
            if (eq > 0 && part.substring(0, eq).strip().equals(name)) {
                String value = part.substring(eq + 1).strip();
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value;
            }
        }
        return null;
    }

    static boolean safeValue(String value) {
        return value != null && SAFE_VALUE.matcher(value).matches();
    }
}
