package org.hromada.platform.api.security;

import java.time.Instant;

/**
 * A signed-in browser session.
 *
 * @param id             the opaque secret for the cookie; only its hash is stored
 * @param identity       the user, with {@link Channels#CONSOLE} as the channel
 * @param csrfToken      the token every form of this session must send back
 * @param idleExpiresAt  when it ends unless used again
 * @param absoluteExpiresAt when it ends however it is used
 */
public record Session(String id, Identity identity, String csrfToken, Instant idleExpiresAt,
        Instant absoluteExpiresAt) {
}
