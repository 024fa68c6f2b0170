package org.hromada.security.internal.users;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.FieldError;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.hromada.security.internal.Secrets;
import org.hromada.security.internal.UserStore;
import org.hromada.security.internal.UserView;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/users}: user management, for admins only. */
@Component(service = UsersResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class UsersResource {
    static final int MAX_PAGE_SIZE = 100;

    @Reference
    private UserStore users;

    @Reference
    private UserAdmin admin;

    @GET
    public PageResult<UserView> list(@QueryParam("page") @DefaultValue("1") int page,
                                     @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 1 || size < 1 || size > MAX_PAGE_SIZE) {
            throw ProblemException.badRequest("page must be 1 or more and size between 1 and " + MAX_PAGE_SIZE + ".");
        }
        return users.page(page, size);
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return users.find(username).orElseThrow(() -> notFound(username));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewUser user, @Context SecurityContext security) {
        failOn(UserValidation.forNew(user));
        String displayName = user.displayName() == null || user.displayName().isBlank()
                ? user.username() : user.displayName().strip();
        UserView created = admin.create(caller(security), user.username(), user.password(), displayName, distinct(user.roles()),
                user.enabled() == null || user.enabled());
        URI location = URI.create(JaxrsResource.BASE_PATH + "/users/" + created.username());
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("{username}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserView update(@PathParam("username") String username, UserUpdate update,
                           @Context SecurityContext security,
                           @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        failOn(UserValidation.forUpdate(username, update));
        boolean self = isCaller(security, username);
        UserAdmin.selfProblem(caller(security), username, update.roles(), update.enabled()).ifPresent(problem -> {
            throw ProblemException.conflict(problem == UserAdmin.SelfProblem.OWN_ADMIN_ROLE
                    ? "You cannot take the admin role from yourself; ask another admin."
                    : "You cannot disable yourself; ask another admin.");
        });
        Set<String> roles = update.roles() == null ? null : distinct(update.roles());
        String displayName = update.displayName() == null ? null : update.displayName().strip();
        // A new password or a disabled account ends the sessions out there, except the caller's own token.
        String keep = self ? Secrets.bearerToken(authorization).map(Secrets::tokenHash).orElse(null) : null;
        return admin.update(caller(security), username,
                        new UserStore.Change(displayName, roles, update.enabled(), update.password()), keep, null)
                .orElseThrow(() -> notFound(username));
    }

    @DELETE
    @Path("{username}")
    public Response delete(@PathParam("username") String username, @Context SecurityContext security) {
        if (isCaller(security, username)) {
            throw ProblemException.conflict("You cannot delete yourself; ask another admin.");
        }
        if (!admin.delete(caller(security), username)) {
            throw notFound(username);
        }
        return Response.noContent().build();
    }

    private static Identity caller(SecurityContext security) {
        if (security.getUserPrincipal() instanceof Identity identity) {
            return identity;
        }
        throw ProblemException.forbidden("Sign in as an admin.");
    }

    private static boolean isCaller(SecurityContext security, String username) {
        return security.getUserPrincipal() != null && security.getUserPrincipal().getName().equals(username);
    }

    private static Set<String> distinct(List<String> roles) {
        return roles == null ? Set.of() : new TreeSet<>(roles);
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    private static ProblemException notFound(String username) {
        return ProblemException.notFound("There is no user '" + username + "'.");
    }
}
