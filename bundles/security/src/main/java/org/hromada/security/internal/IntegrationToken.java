package org.hromada.security.internal;

import java.time.Instant;
import org.hromada.security.internal.entities.ApiTokenEntity;

/**
 * An integration token as admins see it: never its secret, except once in {@link Created}.
 *
 * @param state {@code active}, {@code expired} or {@code revoked}
 */
public record IntegrationToken(long id, String name, String role, Instant createdAt, Instant expiresAt,
                               Instant lastUsedAt, Instant revokedAt, String createdBy, String state) {
    public static final String ACTIVE = "active";
    public static final String EXPIRED = "expired";
    public static final String REVOKED = "revoked";

    /** A token just made: {@code token} is the secret, shown this once. */
    public record Created(IntegrationToken info, String token) {
    }

    static IntegrationToken of(ApiTokenEntity t, Instant now) {
        return new IntegrationToken(t.getId(), t.getName(), t.getRoleName(), t.getCreatedAt(), t.getExpiresAt(),
                t.getLastUsedAt(), t.getRevokedAt(), t.getCreatedBy(), state(t.getRevokedAt(), t.getExpiresAt(), now));
    }

    static String state(Instant revokedAt, Instant expiresAt, Instant now) {
        if (revokedAt != null) {
            return REVOKED;
        }
        return now.isBefore(expiresAt) ? ACTIVE : EXPIRED;
    }
}
