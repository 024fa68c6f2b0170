package org.hromada.content.internal.web;

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
import java.util.List;
import org.hromada.content.internal.model.ContentType;
import org.hromada.content.internal.revisions.RevisionComparison;
import org.hromada.content.internal.revisions.RevisionDetail;
import org.hromada.content.internal.revisions.RevisionSummary;
import org.hromada.content.internal.store.ContentStore;
import org.hromada.content.internal.store.RevisionService;
import org.hromada.content.internal.store.WorkflowService;
import org.hromada.content.internal.workflow.Transition;
import org.hromada.content.internal.workflow.Workflow;
import org.hromada.platform.api.security.Identity;
import org.hromada.platform.api.security.Roles;
import org.hromada.platform.api.web.JaxrsResource;
import org.hromada.platform.api.web.PageResult;
import org.hromada.platform.api.web.ProblemException;

/**
 * The same API for every content type; each subclass only names its path and type (JAX-RS
 * annotations of these methods are inherited). Writes need a content role, the workflow decides
 * the rest; the public reads published items only.
 */
@Produces(MediaType.APPLICATION_JSON)
public abstract class ContentResource {
    private final ContentType type;
    private final ContentStore store;
    private final WorkflowService workflow;
    private final RevisionService revisions;

    protected ContentResource(ContentType type, ContentStore store, WorkflowService workflow,
                              RevisionService revisions) {
        this.type = type;
        this.store = store;
        this.workflow = workflow;
        this.revisions = revisions;
    }

    @GET
    public PageResult<ContentView> list(@QueryParam("page") String page, @QueryParam("size") String size,
                                        @QueryParam("section") String section, @QueryParam("tag") String tag,
                                        @QueryParam("language") String language, @QueryParam("status") String status,
                                        @QueryParam("from") String from, @QueryParam("to") String to,
                                        @QueryParam("q") String q, @Context SecurityContext security) {
        return store.list(type, ListParams.parse(page, size, section, tag, language, status, from, to, q,
                Workflow.seesDrafts(caller(security))));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public Response create(ItemRequest item, @Context SecurityContext security) {
        ContentView created = store.create(type, item, caller(security));
        return Response.created(URI.create(JaxrsResource.BASE_PATH + "/" + type.segment() + "/" + created.id()))
                .entity(created).build();
    }

    @GET
    @Path("{id}")
    public Response get(@PathParam("id") long id, @Context SecurityContext security, @Context Request request) {
        ContentView item = store.find(type, id, caller(security)).orElseThrow(() -> notFound(id));
        EntityTag tag = new EntityTag(item.id() + "-" + item.version(), true);
        Date modified = Date.from(item.updatedAt());
        Response.ResponseBuilder notModified = request.evaluatePreconditions(modified, tag);
        return (notModified != null ? notModified : Response.ok(item)).tag(tag).lastModified(modified).build();
    }

    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public ContentView update(@PathParam("id") long id, ItemRequest item, @Context SecurityContext security) {
        return store.update(type, id, item, caller(security));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public Response delete(@PathParam("id") long id, @Context SecurityContext security) {
        store.delete(type, id, caller(security));
        return Response.noContent().build();
    }

    /** The body is optional, so it is read as text: an empty one means "publish now". */
    @POST
    @Path("{id}/publish")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public ContentView publish(@PathParam("id") long id, String body, @Context SecurityContext security) {
        return workflow.transition(type, id, Transition.PUBLISH, PublishBodies.parse(body), caller(security));
    }

    @POST
    @Path("{id}/{transition: submit|return|unpublish|restore}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public ContentView transition(@PathParam("id") long id, @PathParam("transition") String transition,
                                  @Context SecurityContext security) {
        Transition step = Transition.parse(transition).orElseThrow(() -> notFound(id));
        return workflow.transition(type, id, step, null, caller(security));
    }

    @GET
    @Path("{id}/revisions")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public List<RevisionSummary> revisions(@PathParam("id") long id) {
        return revisions.list(type, id);
    }

    @GET
    @Path("{id}/revisions/{number}")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public RevisionDetail revision(@PathParam("id") long id, @PathParam("number") int number) {
        return revisions.get(type, id, number);
    }

    @GET
    @Path("{id}/revisions/{number}/diff")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public RevisionComparison diff(@PathParam("id") long id, @PathParam("number") int number,
                                   @QueryParam("against") String against) {
        return revisions.diff(type, id, number, RevisionParams.against(against));
    }

    @POST
    @Path("{id}/revisions/{number}/restore")
    @RolesAllowed({Roles.ADMIN, Roles.EDITOR, Roles.AUTHOR})
    public ContentView restoreRevision(@PathParam("id") long id, @PathParam("number") int number,
                                       @Context SecurityContext security) {
        return revisions.restore(type, id, number, caller(security));
    }

    private static Identity caller(SecurityContext security) {
        return security.getUserPrincipal() instanceof Identity identity ? identity : null;
    }

    private ProblemException notFound(long id) {
        return ProblemException.notFound("There is no " + type.key() + " with id " + id + ".");
    }
}
