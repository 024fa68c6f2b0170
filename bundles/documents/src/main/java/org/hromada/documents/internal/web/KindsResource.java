package org.hromada.documents.internal.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.hromada.documents.internal.store.KindStore;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/documents/kinds}: the public lists the kinds of documents, administrators add kinds. */
@Component(service = KindsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("documents/kinds")
@Produces(MediaType.APPLICATION_JSON)
public class KindsResource {

    @Reference
    private KindStore kinds;

    @GET
    public List<KindView> list() {
        return kinds.list();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response add(KindRequest kind, @Context SecurityContext security) {
        KindView added = kinds.add(kind, (Identity) security.getUserPrincipal());
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/documents/kinds")).entity(added).build();
    }
}
