package org.hromada.web.internal.auth;

import jakarta.annotation.Priority;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Optional;
import java.util.function.Supplier;
import org.hromada.platform.api.security.Authenticator;
import org.hromada.platform.api.security.Identity;

/**
 * Turns {@code Authorization: Bearer <token>} into the request's {@link Identity}. A request
 * without the header is the public; a header with an unknown, expired or revoked token is a 401,
 * so a client never silently acts as the public by mistake.
 */
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {
    private static final String BEARER = "bearer ";

    private final Supplier<Authenticator> authenticator;

    public BearerTokenFilter(Supplier<Authenticator> authenticator) {
        this.authenticator = authenticator;
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.isBlank()) {
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw new NotAuthorizedException("Bearer");
        }
        Authenticator current = authenticator.get();
        String token = header.substring(BEARER.length()).trim();
        Optional<Identity> identity = current == null || token.isEmpty()
                ? Optional.empty() : current.authenticateToken(token);
        Identity who = identity.orElseThrow(() -> new NotAuthorizedException("Bearer error=\"invalid_token\""));
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new IdentitySecurityContext(who, secure));
    }

    private record IdentitySecurityContext(Identity identity, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return identity;
        }

        @Override
        public boolean isUserInRole(String role) {
            return identity.hasRole(role);
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
