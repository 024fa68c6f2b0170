package org.hromada.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hromada.platform.api.web.FieldError;
import org.junit.jupiter.api.Test;

class PasswordRulesTest {

    @Test
    void acceptsTenCharactersOrMore() {
        assertTrue(PasswordRules.check("olena", "0123456789").isEmpty());
        assertTrue(PasswordRules.check("olena", "a much longer pass phrase").isEmpty());
    }

    @Test
    void refusesShortPasswords() {
        assertError(PasswordRules.check("olena", "012345678"), "must be at least 10 characters long");
    }

    @Test
    void countsCharactersNotUtf16Units() {
        // Nine emoji are eighteen UTF-16 units but nine characters.
        assertError(PasswordRules.check("olena", "😀".repeat(9)), "must be at least 10 characters long");
        assertTrue(PasswordRules.check("olena", "пароль1234").isEmpty());
    }

    @Test
    void refusesBlankAndMissing() {
        assertError(PasswordRules.check("olena", null), "must not be blank");
        assertError(PasswordRules.check("olena", "            "), "must not be blank");
    }

    @Test
    void refusesTheUsernameInAnyCase() {
        assertError(PasswordRules.check("administrator", "administrator"), "must not be the username");
        assertError(PasswordRules.check("administrator", "Administrator"), "must not be the username");
        assertTrue(PasswordRules.check("administrator", "administrator1").isEmpty());
    }

    @Test
    void refusesAbsurdlyLongPasswords() {
        assertError(PasswordRules.check("olena", "x".repeat(PasswordRules.MAX_LENGTH + 1)), "must be at most 1000 characters long");
        assertTrue(PasswordRules.check("olena", "x".repeat(PasswordRules.MAX_LENGTH)).isEmpty());
    }

    private static void assertError(Optional<FieldError> error, String message) {
        assertEquals(Optional.of(new FieldError("password", message)), error);
    }
}
