package org.hromada.security.internal.tokens;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.hromada.platform.api.web.FieldError;
import org.junit.jupiter.api.Test;

class TokenRulesTest {
    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private static List<String> fields(TokenRules.Checked checked) {
        return checked.errors().stream().map(FieldError::field).toList();
    }

    @Test
    void defaultsToNinetyDays() {
        TokenRules.Checked checked = TokenRules.check(" ckan-export ", "integrator", null, NOW);
        assertTrue(checked.valid());
        assertEquals("ckan-export", checked.name());
        assertEquals(NOW.plus(Duration.ofDays(90)), checked.expiresAt());
    }

    @Test
    void aDateIsValidThroughThatDayInKyiv() {
        TokenRules.Checked checked = TokenRules.check("ckan", "editor", "2027-01-31", NOW);
        assertEquals(Instant.parse("2027-01-31T22:00:00Z"), checked.expiresAt());
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"),
                TokenRules.check("ckan", "editor", "2027-01-01T00:00:00Z", NOW).expiresAt());
    }

    @Test
    void atMostTwoYearsAndInTheFuture() {
        assertTrue(TokenRules.check("ckan", "editor", NOW.plus(Duration.ofDays(730)).toString(), NOW).valid());
        assertEquals(List.of("expiresAt"),
                fields(TokenRules.check("ckan", "editor", NOW.plus(Duration.ofDays(731)).toString(), NOW)));
        assertEquals(List.of("expiresAt"), fields(TokenRules.check("ckan", "editor", "2026-11-19", NOW)));
        assertEquals(List.of("expiresAt"), fields(TokenRules.check("ckan", "editor", "next year", NOW)));
    }

    @Test
    void nameAndRoleAreChecked() {
        TokenRules.Checked checked = TokenRules.check("a b", "superuser", null, NOW);
        assertFalse(checked.valid());
        assertEquals(List.of("name", "role"), fields(checked));
        assertEquals(List.of("name", "role"), fields(TokenRules.check(null, null, null, NOW)));
    }
}
