package org.hromada.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;

/**
 * A stored token with what it takes to judge it: the rules for "usable" and for "record the use
 * now" live here, apart from the database, so they can be tested on their own.
 */
public record TokenRecord(long id, String username, Set<String> roles, boolean userEnabled,
                          Instant expiresAt, Instant revokedAt, Instant lastUsedAt, String integrationName) {

    /** last_used_at is written at most this often, so a busy token does not cost a write per request. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    /** What an integration token's identity is called: {@code token:<name>}. */
    public static final String INTEGRATION_PREFIX = "token:";

    public TokenRecord {
        roles = Set.copyOf(roles);
    }

    /** A login token: it stands for its user, with the user's roles as they are now. */
    public TokenRecord(long id, String username, Set<String> roles, boolean userEnabled, Instant expiresAt,
                       Instant revokedAt, Instant lastUsedAt) {
        this(id, username, roles, userEnabled, expiresAt, revokedAt, lastUsedAt, null);
    }

    /** An integration token: no user, one role of its own. */
    public static TokenRecord integration(long id, String name, String role, Instant expiresAt, Instant revokedAt,
                                          Instant lastUsedAt) {
        return new TokenRecord(id, INTEGRATION_PREFIX + name, Set.of(role), true, expiresAt, revokedAt, lastUsedAt,
                name);
    }

    public boolean isIntegration() {
        return integrationName != null;
    }

    /** Not revoked, not expired, and its user is enabled. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && userEnabled;
    }

    /** Whether last_used_at is old enough to be written again. */
    public boolean needsTouchAt(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(TOUCH_INTERVAL));
    }

    /** The user with their roles, or {@code token:<name>} with the token's one role; channel api. */
    public Identity identity() {
        return new Identity(username, roles, Channels.API);
    }
}
