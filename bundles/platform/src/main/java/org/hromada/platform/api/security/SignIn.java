package org.hromada.platform.api.security;

import java.time.Duration;

/** The outcome of {@link Sessions#signIn}. */
public sealed interface SignIn {

    /** The password was right: a new session. */
    record Success(Session session) implements SignIn {
    }

    /**
     * Wrong name or password, or the account is disabled. Deliberately one answer, so that the
     * form does not tell which accounts exist.
     */
    record Refused() implements SignIn {
    }

    /** Too many failures lately for this account or address: try again after {@code retryAfter}. */
    record Throttled(Duration retryAfter) implements SignIn {
    }
}
