package org.hromada.requests.internal.office;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/requests/office}: where and how to send an information request (Article 19 part 6). Anyone reads
 * it; a 404 problem until an administrator or editor has set it. A literal path of its own, beside the register's
 * {@code requests/{id: [0-9]...}} (only digits), so the two never clash.
 */
@Component(service = OfficeResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("requests/office")
@Produces(MediaType.APPLICATION_JSON)
public class OfficeResource {
    private final OfficeBook office;

    @Activate
    public OfficeResource(@Reference OfficeBook office) {
        this.office = office;
    }

    @GET
    public OfficeView get(@Context SecurityContext security) {
        OfficeView found = office.find().orElseThrow(() -> ProblemException.notFound(
                "Where to send requests has not been set yet."));
        return staff(security) ? found : found.forPublic();
    }

    /** Replaces every field: a field left out is cleared. 422 naming each invalid field. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public OfficeView put(Office body, @Context SecurityContext security) {
        if (body == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        return office.save(body, (Identity) security.getUserPrincipal());
    }

    private static boolean staff(SecurityContext security) {
        return security != null && security.getUserPrincipal() instanceof Identity who
                && (who.hasRole(Roles.ADMIN) || who.hasRole(Roles.EDITOR));
    }
}
