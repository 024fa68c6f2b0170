package org.hromada.documents.internal.sessions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.List;
import org.hromada.documents.internal.sessions.AgendaStore;
import org.hromada.documents.internal.sessions.ItemRequest;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.documents.internal.sessions.VoteRequest;
import org.hromada.documents.internal.web.Callers;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/sessions/{id}/items}: the agenda of a session and the per-deputy votes of its items
 * (admins and editors). Every write answers with the whole session, totals and deadlines recomputed;
 * the public reads the agenda with the session.
 */
@Component(service = SessionItemsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("sessions/{id: [0-9]{1,18}}/items")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ADMIN, Roles.EDITOR})
public class SessionItemsResource {

    @Reference
    private AgendaStore agenda;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("id") long id, ItemRequest item, @Context SecurityContext security) {
        AgendaStore.Added added = agenda.add(id, SessionsResource.body(item), Callers.caller(security));
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/sessions/" + id + "/items/" + added.itemId()))
                .entity(added.session()).build();
    }

    @PUT
    @Path("{itemId: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView update(@PathParam("id") long id, @PathParam("itemId") long itemId, ItemRequest item,
                              @Context SecurityContext security) {
        return agenda.update(id, itemId, SessionsResource.body(item), Callers.caller(security));
    }

    @DELETE
    @Path("{itemId: [0-9]{1,18}}")
    public Response remove(@PathParam("id") long id, @PathParam("itemId") long itemId,
                           @Context SecurityContext security) {
        agenda.remove(id, itemId, Callers.caller(security));
        return Response.noContent().build();
    }

    @PUT
    @Path("{itemId: [0-9]{1,18}}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    public SessionView votes(@PathParam("id") long id, @PathParam("itemId") long itemId, List<VoteRequest> votes,
                             @Context SecurityContext security) {
        return agenda.replaceVotes(id, itemId, SessionsResource.body(votes), Callers.caller(security));
    }
}
