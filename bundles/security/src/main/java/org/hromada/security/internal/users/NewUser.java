package org.hromada.security.internal.users;

import java.util.List;

/**
 * The body of {@code POST /api/v1/users}. All checks are in {@link UserValidation}, so a client
 * learns about every invalid field in one answer.
 *
 * @param displayName optional; the username when absent
 * @param roles       optional; none when absent
 * @param enabled     optional; true when absent
 */
public record NewUser(String username, String password, String displayName, List<String> roles, Boolean enabled) {

    /** Never print the password, even by accident in a log line. */
    @Override
    public String toString() {
        return "NewUser[username=" + username + ", displayName=" + displayName + ", roles=" + roles
                + ", enabled=" + enabled + "]";
    }
}
