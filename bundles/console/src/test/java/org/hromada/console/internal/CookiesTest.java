package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CookiesTest {

    @Test
    void sessionCookieIsHttpOnlyLaxUnderConsoleWithoutMaxAge() {
        String c = Cookies.session("s3cr3t", false);
        assertEquals("hromada_session=s3cr3t; Path=/console; HttpOnly; SameSite=Lax", c);
        assertFalse(c.contains("Max-Age"));
        assertFalse(c.contains("Secure"));
        assertFalse(c.contains("Expires"));
    }

    @Test
    void secureWhenHttps() {
        assertTrue(Cookies.session("s", true).endsWith("; Secure"));
        assertTrue(Cookies.flash("news|saved", true).contains("; Secure"));
    }

    @Test
    void expiringSetsMaxAgeZero() {
        String c = Cookies.expire(Cookies.SESSION, false);
        assertTrue(c.startsWith("hromada_session=; Path=/console; Max-Age=0;"), c);
    }

    @Test
    void signInTokenIsStrict() {
        assertTrue(Cookies.signInCsrf("t", false).contains("SameSite=Strict"));
    }

    @Test
    void refusesValuesThatCouldInjectAttributes() {
        assertThrows(IllegalArgumentException.class, () -> Cookies.session("a; Domain=evil", false));
        assertThrows(IllegalArgumentException.class, () -> Cookies.session("a\r\nSet-Cookie: x", false));
    }

    @Test
    void readsOneCookieFromTheHeader() {
        String header = "a=1; hromada_session=abc; hromada_console_lang=\"en\"";
        assertEquals("abc", Cookies.read(header, "hromada_session"));
        assertEquals("en", Cookies.read(header, "hromada_console_lang"));
        assertNull(Cookies.read(header, "hromada"));
        assertNull(Cookies.read(null, "a"));
        assertEquals("1", Cookies.read(header, "a"));
    }
}
