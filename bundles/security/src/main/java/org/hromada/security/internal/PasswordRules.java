package org.hromada.security.internal;

import java.util.Locale;
import java.util.Optional;
import org.hromada.platform.api.web.FieldError;

/** What a new password must be; a violation is a 422 on the field {@code password}. */
public final class PasswordRules {
    public static final String FIELD = "password";
    public static final int MIN_LENGTH = 10;
    /** Argon2 hashes any length; the cap keeps one request from costing much more than another. */
    public static final int MAX_LENGTH = 1000;

    private PasswordRules() {
    }

    /** The reason {@code password} is not acceptable for {@code username}, or empty when it is. */
    public static Optional<FieldError> check(String username, String password) {
        if (password == null || password.isBlank()) {
            return error("must not be blank");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return error("must be at least " + MIN_LENGTH + " characters long");
        }
        if (length > MAX_LENGTH) {
            return error("must be at most " + MAX_LENGTH + " characters long");
        }
        if (username != null && password.strip().toLowerCase(Locale.ROOT)
                .equals(username.strip().toLowerCase(Locale.ROOT))) {
            return error("must not be the username");
        }
        return Optional.empty();
    }

    private static Optional<FieldError> error(String message) {
        return Optional.of(new FieldError(FIELD, message));
    }
}
