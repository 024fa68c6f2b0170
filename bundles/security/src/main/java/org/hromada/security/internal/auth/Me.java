package org.hromada.security.internal.auth;

import java.util.List;
import org.hromada.platform.api.security.Identity;
import org.hromada.security.internal.UserView;

/** The body of {@code GET /api/v1/auth/me}: who the bearer token stands for. */
public record Me(String username, List<String> roles) {
    public Me {
        roles = List.copyOf(roles);
    }

    static Me of(Identity identity) {
        return new Me(identity.username(), UserView.ordered(identity.roles()));
    }
}
