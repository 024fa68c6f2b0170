package org.hromada.platform.api.security;

import java.util.Optional;

/**
 * Browser sessions of signed-in users, kept in the database so any node can serve any request.
 * Published by the security bundle; the console keeps only the opaque session id in a cookie.
 * Sign-in is throttled per account and per client address; sessions end after the configured idle
 * time and, however active, after the configured absolute time.
 */
public interface Sessions {

    /** Checks the password and, when it is right and the user enabled, opens a session. */
    SignIn signIn(String username, String password, String clientAddress);

    /**
     * The live session with this id, its idle time renewed; empty when the id is unknown, ended or
     * timed out, or its user has been disabled. Roles are read afresh.
     */
    Optional<Session> resume(String sessionId);

    /** Ends the session (sign-out). Unknown ids are ignored. */
    void end(String sessionId);
}
