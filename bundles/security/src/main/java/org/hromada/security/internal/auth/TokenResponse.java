package org.hromada.security.internal.auth;

import java.time.Instant;
import java.util.List;

/** The answer to a successful sign-in: send {@code Authorization: Bearer <token>} from now on. */
public record TokenResponse(String token, Instant expiresAt, String username, List<String> roles) {
    public TokenResponse {
        roles = List.copyOf(roles);
    }
}
