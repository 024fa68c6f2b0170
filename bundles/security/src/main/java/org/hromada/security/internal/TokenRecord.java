package org.hromada.security.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hromada.platform.api.security.Identity;

/**
 * A stored token with what it takes to judge it: the rules for "usable" and for "record the use
 * now" live here, apart from the database, so they can be tested on their own.
 */
public record TokenRecord(long id, String username, Set<String> roles, boolean userEnabled,
                          Instant expiresAt, Instant revokedAt, Instant lastUsedAt) {

    /** last_used_at is written at most this often, so a busy token does not cost a write per request. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    public TokenRecord {
        roles = Set.copyOf(roles);
    }

    /** Not revoked, not expired, and its user is enabled. */
    public boolean usableAt(Instant now) {
        return revokedAt == null && now.isBefore(expiresAt) && userEnabled;
    }

    /** Whether last_used_at is old enough to be written again. */
    public boolean needsTouchAt(Instant now) {
        return lastUsedAt == null || !now.isBefore(lastUsedAt.plus(TOUCH_INTERVAL));
    }

    public Identity identity() {
        return new Identity(username, roles);
    }
}
