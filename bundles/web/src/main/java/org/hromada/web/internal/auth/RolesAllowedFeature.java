package org.hromada.web.internal.auth;

import jakarta.annotation.Priority;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Enforces {@code @RolesAllowed}, {@code @PermitAll} and {@code @DenyAll} declared on resource
 * methods or classes: 401 when nobody is signed in, 403 when the role is missing. (Jersey's own
 * feature answers 403 in both cases, which tells a client nothing about what to do.)
 */
public class RolesAllowedFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        Method method = resource.getResourceMethod();
        if (method.isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(new String[0]));
        } else if (method.isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(method.getAnnotation(RolesAllowed.class).value()));
        } else if (method.isAnnotationPresent(PermitAll.class)) {
            return;
        } else if (resource.getResourceClass().isAnnotationPresent(DenyAll.class)) {
            context.register(new RoleCheck(new String[0]));
        } else if (resource.getResourceClass().isAnnotationPresent(RolesAllowed.class)) {
            context.register(new RoleCheck(resource.getResourceClass().getAnnotation(RolesAllowed.class).value()));
        }
    }

    @Priority(Priorities.AUTHORIZATION)
    private static final class RoleCheck implements ContainerRequestFilter {
        private final String[] roles;

        RoleCheck(String[] roles) {
            this.roles = roles;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            if (request.getSecurityContext().getUserPrincipal() == null) {
                throw new NotAuthorizedException("Bearer");
            }
            if (Arrays.stream(roles).noneMatch(request.getSecurityContext()::isUserInRole)) {
                throw new ForbiddenException();
            }
        }
    }
}
