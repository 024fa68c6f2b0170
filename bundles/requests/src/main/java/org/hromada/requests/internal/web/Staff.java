package org.hromada.requests.internal.web;

import jakarta.ws.rs.core.SecurityContext;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.ProblemException;

/** Who handles requests: administrators and editors. */
final class Staff {

    private Staff() {
    }

    static Identity caller(SecurityContext security) {
        return security.getUserPrincipal() instanceof Identity identity ? identity : null;
    }

    /** A signed-in user without the role gets a 403. */
    static void require(Identity who) {
        if (!who.hasRole(Roles.ADMIN) && !who.hasRole(Roles.EDITOR)) {
            throw ProblemException.forbidden("Only administrators and editors register requests.");
        }
    }
}
