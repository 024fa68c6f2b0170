package org.hromada.security.internal.sessions;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.hromada.platform.api.security.Channels;
import org.hromada.platform.api.security.Identity;

/**
 * A stored session with its user's current roles and enabled flag: the rules for "live", "renew"
 * and "record the use now" live here, apart from the database, so they can be tested on their own.
 */
public record SessionRecord(long id, String username, Set<String> roles, boolean userEnabled, String csrfToken,
                            Instant lastSeenAt, Instant idleExpiresAt, Instant absoluteExpiresAt, Instant endedAt) {

    /** last_seen_at (and with it the idle expiry) is written at most this often. */
    public static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);

    public SessionRecord {
        roles = Set.copyOf(roles);
    }

    /** Not ended, neither timeout reached, and its user enabled. */
    public boolean liveAt(Instant now) {
        return endedAt == null && userEnabled && now.isBefore(idleExpiresAt) && now.isBefore(absoluteExpiresAt);
    }

    /** Whether this use should be written (last_seen_at and a renewed idle expiry). */
    public boolean needsTouchAt(Instant now) {
        return !now.isBefore(lastSeenAt.plus(TOUCH_INTERVAL));
    }

    /** The idle expiry after a use at {@code now}: {@code idle} from now, never past the absolute end. */
    public Instant renewedIdleAt(Instant now, Duration idle) {
        Instant renewed = now.plus(idle);
        return renewed.isAfter(absoluteExpiresAt) ? absoluteExpiresAt : renewed;
    }

    public Identity identity() {
        return new Identity(username, roles, Channels.CONSOLE);
    }
}
