package org.hromada.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void tokensAre32RandomBytesInBase64UrlWithoutPadding() {
        String token = Secrets.newToken();
        assertEquals(43, token.length());
        assertTrue(token.matches("[A-Za-z0-9_-]+"), token);
        assertEquals(32, Base64.getUrlDecoder().decode(token).length);
        assertTrue(Secrets.looksLikeToken(token));
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            assertTrue(seen.add(Secrets.newToken()));
        }
    }

    @Test
    void theTokenHashIsSha256InLowerCaseHex() {
        // The SHA-256 test vector of FIPS 180-2 for "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Secrets.tokenHash("abc"));
        String token = Secrets.newToken();
        assertEquals(Secrets.tokenHash(token), Secrets.tokenHash(token));
        assertTrue(Secrets.tokenHash(token).matches("[0-9a-f]{64}"));
        assertNotEquals(Secrets.tokenHash(token), Secrets.tokenHash(Secrets.newToken()));
    }

    @Test
    void onlyTokenShapedStringsAreLookedUp() {
        assertFalse(Secrets.looksLikeToken(null));
        assertFalse(Secrets.looksLikeToken("not-a-token"));
        assertFalse(Secrets.looksLikeToken(Secrets.newToken() + "="));
        assertFalse(Secrets.looksLikeToken("a".repeat(42) + "+"));
        assertTrue(Secrets.looksLikeToken("a".repeat(43)));
    }

    @Test
    void randomPasswordsAreLongUnambiguousAndDifferent() {
        String password = Secrets.randomPassword(20);
        assertEquals(20, password.length());
        assertTrue(password.matches("[A-HJ-NP-Za-km-z2-9]{20}"), password);
        assertNotEquals(password, Secrets.randomPassword(20));
        assertTrue(PasswordRules.check("admin", password).isEmpty());
    }

    @Test
    void readsTheBearerTokenOfAnAuthorizationHeader() {
        assertEquals(Optional.of("abc"), Secrets.bearerToken("Bearer abc"));
        assertEquals(Optional.of("abc"), Secrets.bearerToken("bearer   abc "));
        assertEquals(Optional.empty(), Secrets.bearerToken("Basic YWRtaW46eA=="));
        assertEquals(Optional.empty(), Secrets.bearerToken("Bearer "));
        assertEquals(Optional.empty(), Secrets.bearerToken(null));
    }
}
