package org.hromada.platform.api.security;

import java.security.Principal;
import java.util.Set;

/**
 * Who sent a request: a signed-in user or an API token's owner. In a JAX-RS resource it is
 * {@code (Identity) securityContext.getUserPrincipal()}, or null for the public.
 *
 * @param username the user's name
 * @param roles    the user's roles (see {@link Roles})
 * @param channel  the path the request came by (see {@link Channels}), recorded in the audit log
 */
public record Identity(String username, Set<String> roles, String channel) implements Principal {
    public Identity {
        roles = Set.copyOf(roles);
        channel = channel == null ? Channels.API : channel;
    }

    /** An identity that came through the REST API. */
    public Identity(String username, Set<String> roles) {
        this(username, roles, Channels.API);
    }

    /** The same user and roles, arrived by another channel. */
    public Identity via(String otherChannel) {
        return new Identity(username, roles, otherChannel);
    }

    @Override
    public String getName() {
        return username;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** True when the user holds at least one of {@code anyOf}; an empty set admits everyone. */
    public boolean hasAnyRole(Set<String> anyOf) {
        return anyOf.isEmpty() || anyOf.stream().anyMatch(roles::contains);
    }
}
