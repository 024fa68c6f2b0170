package org.hromada.security.internal.sessions;

import java.time.Instant;
import java.util.Optional;

/** Where sessions are kept; {@link SessionStore} in the database, a map in tests. All times come from the caller. */
public interface SessionRepository {

    /** Stores a new session of an existing user; false when there is no such user (any more). */
    boolean insert(String sessionHash, String username, String csrfToken, Instant now, Instant idleExpiresAt,
                   Instant absoluteExpiresAt, String clientAddress);

    /** The session with this hash, whatever its state, with its user's roles and enabled flag. */
    Optional<SessionRecord> find(String sessionHash);

    /** Records a use: last_seen_at and the renewed idle expiry, unless another request just did. */
    void touch(long id, Instant now, Instant idleExpiresAt);

    /** Ends the session with this hash; its user's name when it was live until now. */
    Optional<String> end(String sessionHash, Instant now);

    /** Ends every session of a user except the one with the CSRF token {@code keepCsrfToken} (may be null). */
    int endAllOf(String username, String keepCsrfToken, Instant now);

    /** Deletes sessions that ended or expired before {@code cutoff}. */
    int purgeBefore(Instant cutoff);
}
