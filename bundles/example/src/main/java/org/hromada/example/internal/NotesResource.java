package org.hromada.example.internal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code /api/v1/examples}: the public reads notes, editors add them. */
@Component(service = NotesResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("examples")
@Produces(MediaType.APPLICATION_JSON)
public class NotesResource {

    @Reference
    private NoteStore notes;

    @GET
    public PageResult<Note> list(@QueryParam("page") @DefaultValue("1") int page,
                                 @QueryParam("size") @DefaultValue("20") int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw ProblemException.badRequest("page must be 1 or more and size between 1 and 100.");
        }
        return new PageResult<>(notes.page(page, size), notes.count(), page, size);
    }

    @GET
    @Path("{id}")
    public Note get(@PathParam("id") long id) {
        return notes.find(id).orElseThrow(() -> ProblemException.notFound("There is no note " + id + "."));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response add(NewNote note, @Context SecurityContext security) {
        Note created = notes.add(note, (Identity) security.getUserPrincipal());
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/examples/" + created.id())).entity(created).build();
    }
}
