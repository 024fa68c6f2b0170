package org.hromada.security.internal.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.hromada.security.internal.PasswordRules;

/** The body of {@code POST /api/v1/auth/token}. */
public record TokenRequest(@NotBlank @Size(max = 200) String username,
                           @NotBlank @Size(max = PasswordRules.MAX_LENGTH) String password) {

    /** Never print the password, even by accident in a log line. */
    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
