package org.hromada.console.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CsrfTest {

    @Test
    void onlyTheExactTokenMatches() {
        assertTrue(Csrf.matches("abc123", "abc123"));
        assertFalse(Csrf.matches("abc123", "abc124"));
        assertFalse(Csrf.matches("abc123", "abc1234"));
        assertFalse(Csrf.matches("abc123", "ABC123"));
        assertFalse(Csrf.matches("abc123", null));
        assertFalse(Csrf.matches("abc123", ""));
        assertFalse(Csrf.matches(null, null), "no expected token: nothing matches");
        assertFalse(Csrf.matches("", ""));
    }

    @Test
    void headerWinsOverField() {
        assertEquals("h", Csrf.sent("h", "f"));
        assertEquals("f", Csrf.sent(null, "f"));
        assertEquals("f", Csrf.sent("", "f"));
    }

    @Test
    void unsafeMethods() {
        assertTrue(Csrf.isUnsafe("POST"));
        assertTrue(Csrf.isUnsafe("PUT"));
        assertTrue(Csrf.isUnsafe("DELETE"));
        assertTrue(Csrf.isUnsafe("PATCH"));
        assertFalse(Csrf.isUnsafe("GET"));
        assertFalse(Csrf.isUnsafe("HEAD"));
    }

    @Test
    void originMustBeThisHost() {
        assertTrue(Csrf.originAllowed(null, "localhost:8199", ""));
        assertTrue(Csrf.originAllowed("http://localhost:8199", "localhost:8199", ""));
        assertTrue(Csrf.originAllowed("https://rada.example", "rada.example", ""));
        assertTrue(Csrf.originAllowed("https://rada.example:443", "rada.example", ""));
        assertFalse(Csrf.originAllowed("http://localhost:8200", "localhost:8199", ""));
        assertFalse(Csrf.originAllowed("https://evil.example", "rada.example", ""));
        assertFalse(Csrf.originAllowed("https://rada.example.evil.example", "rada.example", ""));
        assertFalse(Csrf.originAllowed("null", "rada.example", ""));
        // behind a proxy the Host may be internal: the configured site address counts too
        assertTrue(Csrf.originAllowed("https://rada.example", "127.0.0.1:8080", "https://rada.example"));
        assertFalse(Csrf.originAllowed("https://evil.example", "127.0.0.1:8080", "https://rada.example"));
    }

    @Test
    void tokensAreRandomAndCookieSafe() {
        String a = Csrf.newToken();
        assertNotEquals(a, Csrf.newToken());
        assertTrue(a.length() >= 32);
        assertTrue(Cookies.safeValue(a));
    }
}
