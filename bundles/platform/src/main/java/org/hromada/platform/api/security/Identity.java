package org.hromada.platform.api.security;

import java.security.Principal;
import java.util.Set;

/**
 * Who sent a request: a signed-in user or an API token's owner. In a JAX-RS resource it is
 * {@code (Identity) securityContext.getUserPrincipal()}, or null for the public.
 *
 * @param username the user's name
 * @param roles    the user's roles (see {@link Roles})
 */
public record Identity(String username, Set<String> roles) implements Principal {
    public Identity {
        roles = Set.copyOf(roles);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }
}
