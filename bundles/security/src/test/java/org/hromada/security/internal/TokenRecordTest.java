package org.hromada.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Set;
import org.hromada.platform.api.security.Identity;
import org.junit.jupiter.api.Test;

class TokenRecordTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static TokenRecord token(boolean enabled, Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {
        return new TokenRecord(1, "olena", Set.of("author"), enabled, expiresAt, revokedAt, lastUsedAt);
    }

    @Test
    void aLiveTokenOfAnEnabledUserIsUsable() {
        assertTrue(token(true, NOW.plusSeconds(1), null, null).usableAt(NOW));
    }

    @Test
    void expiredRevokedOrDisabledIsNot() {
        assertFalse(token(true, NOW, null, null).usableAt(NOW), "expires at this very instant");
        assertFalse(token(true, NOW.minusSeconds(1), null, null).usableAt(NOW));
        assertFalse(token(true, NOW.plusSeconds(60), NOW.minusSeconds(1), null).usableAt(NOW));
        assertFalse(token(false, NOW.plusSeconds(60), null, null).usableAt(NOW));
    }

    @Test
    void useIsRecordedAtMostOnceAMinute() {
        Instant later = NOW.plusSeconds(3600);
        assertTrue(token(true, later, null, null).needsTouchAt(NOW), "never used");
        assertFalse(token(true, later, null, NOW.minusSeconds(59)).needsTouchAt(NOW));
        assertTrue(token(true, later, null, NOW.minusSeconds(60)).needsTouchAt(NOW));
    }

    @Test
    void standsForItsUsersIdentity() {
        assertEquals(new Identity("olena", Set.of("author")), token(true, NOW, null, null).identity());
    }

    @Test
    void anIntegrationTokenStandsForItselfWithItsOneRole() {
        TokenRecord token = TokenRecord.integration(2, "ckan", "integrator", NOW.plusSeconds(60), null, null);
        assertEquals(new Identity("token:ckan", Set.of("integrator"), "api"), token.identity());
        assertTrue(token.usableAt(NOW));
        assertTrue(token.isIntegration());
        assertFalse(TokenRecord.integration(2, "ckan", "integrator", NOW.plusSeconds(60), NOW, null).usableAt(NOW));
    }
}
