package org.hromada.documents.internal.web;

import jakarta.ws.rs.core.SecurityContext;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;

/** Who calls the documents and sessions APIs: admins and editors see and write everything, the rest is the public. */
public final class Callers {

    private Callers() {
    }

    public static Identity caller(SecurityContext security) {
        return security.getUserPrincipal() instanceof Identity identity ? identity : null;
    }

    public static boolean seesAll(SecurityContext security) {
        Identity who = caller(security);
        return who != null && (who.hasRole(Roles.ADMIN) || who.hasRole(Roles.EDITOR));
    }
}
