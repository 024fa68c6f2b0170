package org.hromada.security.internal.tokens;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.IntegrationToken;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/tokens}: integration tokens, for admins. Such a token signs in as
 * {@code token:<name>} with its one role.
 */
@Component(service = TokensResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class TokensResource {
    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 100;

    @Reference
    private TokenAdmin admin;

    @GET
    public PageResult<IntegrationToken> list(@QueryParam("page") String page, @QueryParam("size") String size) {
        List<FieldError> errors = new ArrayList<>();
        int number = number(page, 1, "page", Integer.MAX_VALUE, errors);
        int pageSize = number(size, DEFAULT_SIZE, "size", MAX_SIZE, errors);
        if (!errors.isEmpty()) {
            throw new ProblemException(400, "Invalid parameter", "Some query parameters cannot be used.", errors);
        }
        return admin.list(number, pageSize);
    }

    @GET
    @Path("{id}")
    public IntegrationToken get(@PathParam("id") String id) {
        return admin.find(id(id)).orElseThrow(() -> notFound(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewToken body, @Context SecurityContext security) {
        NewToken request = body == null ? new NewToken(null, null, null) : body;
        TokenRules.Checked checked = admin.check(request.name(), request.role(), request.expiresAt());
        if (!checked.valid()) {
            throw ProblemException.invalid(checked.errors());
        }
        IntegrationToken.Created created = admin.create(caller(security), checked);
        IntegrationToken info = created.info();
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/tokens/" + info.id()))
                .entity(new CreatedToken(info.id(), info.name(), info.role(), info.createdAt(), info.expiresAt(),
                        created.token()))
                .cacheControl(noStore).build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") String id, @Context SecurityContext security) {
        admin.revoke(caller(security), id(id));
        return Response.noContent().build();
    }

    private static Identity caller(SecurityContext security) {
        if (security.getUserPrincipal() instanceof Identity identity) {
            return identity;
        }
        throw ProblemException.forbidden("Sign in as an admin.");
    }

    private static long id(String raw) {
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw notFound(raw);
        }
    }

    private static int number(String raw, int fallback, String name, int max, List<FieldError> errors) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= 1 && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError(name, max == Integer.MAX_VALUE ? "must be a whole number from 1"
                : "must be a whole number from 1 to " + max));
        return fallback;
    }

    private static ProblemException notFound(String id) {
        return ProblemException.notFound("There is no token " + id + ".");
    }
}
