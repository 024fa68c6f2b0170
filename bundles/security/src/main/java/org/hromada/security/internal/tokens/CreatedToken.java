package org.hromada.security.internal.tokens;

import java.time.Instant;

/** The answer to {@code POST /api/v1/tokens}: the only time {@code token} is shown. */
public record CreatedToken(long id, String name, String role, Instant createdAt, Instant expiresAt, String token) {
}
