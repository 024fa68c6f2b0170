package org.hromada.documents.internal.sessions.web;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.net.URI;
import java.util.Date;
import org.hromada.documents.internal.sessions.BodyKind;
import org.hromada.documents.internal.sessions.Keyed;
import org.hromada.documents.internal.sessions.SessionQuery;
import org.hromada.documents.internal.sessions.SessionRequest;
import org.hromada.documents.internal.sessions.SessionStore;
import org.hromada.documents.internal.sessions.SessionView;
import org.hromada.documents.internal.web.Callers;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * {@code /api/v1/sessions}: sessions of the council and its bodies. The public reads published
 * sessions (a publication time set and come); administrators and editors see and write all.
 */
@Component(service = SessionsResource.class, property = JaxrsResource.RESOURCE + "=true")
@Path("sessions")
@Produces(MediaType.APPLICATION_JSON)
public class SessionsResource {

    @Reference
    private SessionStore sessions;

    @GET
    public PageResult<SessionView> list(@QueryParam("bodyKind") String bodyKind, @QueryParam("body") String body,
                                        @QueryParam("convocation") String convocation,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("page") String page, @QueryParam("size") String size,
                                        @Context SecurityContext security) {
        QueryParams params = new QueryParams();
        BodyKind kind = null;
        if (!QueryParams.blank(bodyKind)) {
            kind = Keyed.parse(BodyKind.class, bodyKind).orElse(null);
            if (kind == null) {
                params.fail("bodyKind", "must be one of " + Keyed.keys(BodyKind.class));
            }
        }
        SessionQuery query = new SessionQuery(kind, params.text(body, "body"),
                params.optionalWhole(convocation, "convocation", 1000), params.day(from, "from"), params.day(to, "to"),
                params.page(page), params.size(size), !Callers.seesAll(security));
        if (query.from() != null && query.to() != null && query.to().isBefore(query.from())) {
            params.fail("to", "must not be before from");
        }
        params.done();
        return sessions.list(query);
    }

    @GET
    @Path("{id: [0-9]{1,18}}")
    public Response get(@PathParam("id") long id, @Context SecurityContext security, @Context Request request) {
        boolean seesAll = Callers.seesAll(security);
        SessionView session = sessions.find(id, !seesAll).orElseThrow(() -> notFound(id));
        EntityTag tag = new EntityTag(session.id() + "-" + session.version() + (seesAll ? "-e" : ""), true);
        Date modified = Date.from(session.updatedAt());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        return (notModified != null ? notModified : Response.ok(session)).tag(tag).lastModified(modified).build();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response create(SessionRequest session, @Context SecurityContext security) {
        SessionView created = sessions.create(body(session), Callers.caller(security));
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/sessions/" + created.id())).entity(created)
                .build();
    }

    @PUT
    @Path("{id: [0-9]{1,18}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public SessionView update(@PathParam("id") long id, SessionRequest session, @Context SecurityContext security) {
        return sessions.update(id, body(session), Callers.caller(security));
    }

    @DELETE
    @Path("{id: [0-9]{1,18}}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR})
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        sessions.delete(id, Callers.caller(security));
        return Response.noContent().build();
    }

    static <T> T body(T body) {
        if (body == null) {
            throw ProblemException.badRequest("The request needs a JSON body.");
        }
        return body;
    }

    private static ProblemException notFound(long id) {
        return ProblemException.notFound("There is no session with id " + id + ".");
    }
}
