package org.hromada.security.internal.users;

import java.util.List;

/**
 * The body of {@code PUT /api/v1/users/{username}}. A field left out (null) keeps its value, so a
 * client can send only what changes; {@code password} is set only when given.
 */
public record UserUpdate(String displayName, List<String> roles, Boolean enabled, String password) {

    /** Never print the password, even by accident in a log line. */
    @Override
    public String toString() {
        return "UserUpdate[displayName=" + displayName + ", roles=" + roles + ", enabled=" + enabled
                + ", password=" + (password == null ? "unchanged" : "new") + "]";
    }
}
