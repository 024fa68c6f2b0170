package org.hromada.platform.api.security;

import java.util.Optional;

/**
 * Checks credentials sent with a request. Published by the security bundle; the web bundle asks
 * it for every request that carries {@code Authorization: Bearer ...}.
 */
public interface Authenticator {

    /** The identity a bearer token stands for, or empty when it is unknown, expired or revoked. */
    Optional<Identity> authenticateToken(String token);
}
